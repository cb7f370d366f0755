package org.irwatch.data.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Reads a JSON array of strings (the shape of skilled_worker.json) with Jackson, already a dependency of data. */
public final class JsonStrings {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private JsonStrings() {
    }

    public static List<String> read(Path file) throws IOException {
        return JSON.readValue(file.toFile(), new TypeReference<List<String>>() { });
    }
}
