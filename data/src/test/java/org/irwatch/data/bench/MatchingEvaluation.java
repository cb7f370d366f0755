package org.irwatch.data.bench;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.irwatch.core.matching.MatchResult;

/**
 * Writes the engine's answers on the labelled evaluation set as {@code case_id,predicted_sponsor,band}, for
 * {@code docs/matching-evaluation-baselines.py --predictions}.
 * Run: {@code ./mvnw -q -Pbench -pl data -am verify -DskipTests -Dbench.main=org.irwatch.data.bench.MatchingEvaluation}.
 */
public final class MatchingEvaluation {

    private MatchingEvaluation() {
    }

    public static void main(String[] args) throws IOException {
        Path sharedData = Path.of(System.getProperty("irwatch.sharedData"));
        Path out = java.nio.file.Files.createDirectories(Path.of(args.length > 0 ? args[0] : "target/bench"))
                .resolve("engine-predictions.csv");
        long start = System.nanoTime();
        EvaluationRun run = EvaluationRun.of(EvaluationRun.SET,
                sharedData.resolve("uk-sponsors-skilled-worker-json/2024-05-31/skilled_worker.json"));
        long millis = (System.nanoTime() - start) / 1_000_000;
        try (Writer writer = Files.newBufferedWriter(out, StandardCharsets.UTF_8);
             CSVPrinter printer = new CSVPrinter(writer, CSVFormat.RFC4180)) {
            printer.printRecord("case_id", "predicted_sponsor", "band");
            for (int i = 0; i < run.cases().size(); i++) {
                MatchResult result = run.results().get(i);
                printer.printRecord(run.cases().get(i).get("case_id"), result.isMatched() ? result.sponsor().name() : "",
                        result.isMatched() ? result.band().label() : "");
            }
        }
        System.out.printf("%d cases against %,d register names in %d ms (names prepared and matched); predictions in %s%n",
                run.cases().size(), run.registerNames(), millis, out.toAbsolutePath());
    }
}
