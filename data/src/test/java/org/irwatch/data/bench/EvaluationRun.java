package org.irwatch.data.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.irwatch.core.common.ProgressListener;
import org.irwatch.core.matching.MatchResult;
import org.irwatch.core.matching.ProviderEntry;
import org.irwatch.core.matching.SponsorEntry;
import org.irwatch.core.matching.SponsorMatcher;

/**
 * The engine run on a labelled evaluation set (docs/matching-evaluation.md): every provider of the set against
 * every name of a register (the real one of 31 May 2024, or a synthetic one), towns taken from the set where it has
 * them.
 */
public record EvaluationRun(List<CSVRecord> cases, List<MatchResult> results, int registerNames) {

    public static final Path SET = Path.of("../core/src/test/resources/matching/evaluation-set.csv");

    public static EvaluationRun of(Path set, Path registerJson) throws IOException {
        return of(set, JsonStrings.read(registerJson));
    }

    /** The set's providers against the given register names. */
    public static EvaluationRun of(Path set, List<String> registerNames) throws IOException {
        List<CSVRecord> cases;
        try (var reader = Files.newBufferedReader(set, StandardCharsets.UTF_8)) {
            cases = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).getRecords();
        }
        Map<String, String> towns = new HashMap<>();
        cases.stream().filter(c -> !c.get("sponsor_name").isEmpty())
                .forEach(c -> towns.put(c.get("sponsor_name"), c.get("sponsor_town")));
        List<SponsorEntry> sponsors = new ArrayList<>();
        for (String name : registerNames) {
            sponsors.add(SponsorEntry.of(name, name, towns.getOrDefault(name, ""), ""));
        }
        List<ProviderEntry> providers = cases.stream().map(c -> ProviderEntry.of(c.get("cqc_provider_id"),
                c.get("cqc_provider_name"), null, split(c.get("cqc_location_names")), split(c.get("cqc_towns")),
                split(c.get("cqc_councils")))).toList();
        return new EvaluationRun(cases, new SponsorMatcher(sponsors).matchAll(providers, ProgressListener.NONE),
                sponsors.size());
    }

    private static List<String> split(String cell) {
        return cell.isBlank() ? List.of() : List.of(cell.split("\\|"));
    }
}
