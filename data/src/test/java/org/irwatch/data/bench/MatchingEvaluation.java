package org.irwatch.data.bench;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.irwatch.core.common.ProgressListener;
import org.irwatch.core.matching.MatchResult;
import org.irwatch.core.matching.ProviderEntry;
import org.irwatch.core.matching.SponsorEntry;
import org.irwatch.core.matching.SponsorMatcher;

/**
 * Runs the matching engine on the labelled evaluation set (docs/matching-evaluation.md): every provider of the
 * set against every name of the 31 May 2024 register, and writes {@code case_id,predicted_sponsor,band} for
 * {@code docs/matching-evaluation-baselines.py --predictions}. Register towns come from the set where it has them.
 * Run: {@code ./mvnw -q -Pbench -pl data -am verify -DskipTests -Dbench.main=org.irwatch.data.bench.MatchingEvaluation}.
 */
public final class MatchingEvaluation {

    public static void main(String[] args) throws IOException {
        Path sharedData = Path.of(System.getProperty("irwatch.sharedData"));
        Path set = Path.of(args.length > 1 ? args[1] : "../core/src/test/resources/matching/evaluation-set.csv");
        Path out = Path.of(args.length > 0 ? args[0] : "target/bench").resolve("engine-predictions.csv");
        List<CSVRecord> cases;
        try (var reader = Files.newBufferedReader(set, StandardCharsets.UTF_8)) {
            cases = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).getRecords();
        }
        Map<String, String> towns = new HashMap<>();
        cases.forEach(c -> {
            if (!c.get("sponsor_name").isEmpty()) {
                towns.put(c.get("sponsor_name"), c.get("sponsor_town"));
            }
        });
        List<SponsorEntry> sponsors = new ArrayList<>();
        for (String name : JsonStrings.read(sharedData.resolve("uk-sponsors-skilled-worker-json/2024-05-31/skilled_worker.json"))) {
            sponsors.add(SponsorEntry.of(name, name, towns.getOrDefault(name, ""), ""));
        }
        List<ProviderEntry> providers = new ArrayList<>();
        for (CSVRecord c : cases) {
            providers.add(ProviderEntry.of(c.get("cqc_provider_id"), c.get("cqc_provider_name"), null,
                    split(c.get("cqc_location_names")), split(c.get("cqc_towns")), split(c.get("cqc_councils"))));
        }
        long start = System.nanoTime();
        List<MatchResult> results = new SponsorMatcher(sponsors).matchAll(providers, ProgressListener.NONE);
        long millis = (System.nanoTime() - start) / 1_000_000;
        try (Writer writer = Files.newBufferedWriter(out, StandardCharsets.UTF_8);
             CSVPrinter printer = new CSVPrinter(writer, CSVFormat.RFC4180)) {
            printer.printRecord("case_id", "predicted_sponsor", "band");
            for (int i = 0; i < cases.size(); i++) {
                MatchResult result = results.get(i);
                printer.printRecord(cases.get(i).get("case_id"), result.isMatched() ? result.sponsor().name() : "",
                        result.isMatched() ? result.band().label() : "");
            }
        }
        System.out.printf("%d cases matched against %,d register names in %d ms; predictions in %s%n", cases.size(),
                sponsors.size(), millis, out.toAbsolutePath());
    }

    private static List<String> split(String cell) {
        return cell.isBlank() ? List.of() : List.of(cell.split("\\|"));
    }
}
