package org.irwatch.data.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads a JSON array of strings (the shape of skilled_worker.json), escapes included. Benchmark input only. */
public final class JsonStrings {

    private JsonStrings() {
    }

    public static List<String> read(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        List<String> strings = new ArrayList<>();
        StringBuilder current = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (current == null) {
                if (c == '"') {
                    current = new StringBuilder();
                }
            } else if (c == '\\') {
                char next = text.charAt(++i);
                switch (next) {
                    case 'n' -> current.append('\n');
                    case 't' -> current.append('\t');
                    case 'u' -> {
                        current.append((char) Integer.parseInt(text.substring(i + 1, i + 5), 16));
                        i += 4;
                    }
                    default -> current.append(next);
                }
            } else if (c == '"') {
                strings.add(current.toString());
                current = null;
            } else {
                current.append(c);
            }
        }
        return strings;
    }
}
