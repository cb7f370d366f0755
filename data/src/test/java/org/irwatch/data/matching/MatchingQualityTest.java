package org.irwatch.data.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVRecord;
import org.irwatch.core.matching.MatchBand;
import org.irwatch.core.matching.MatchResult;
import org.irwatch.data.SharedData;
import org.irwatch.data.bench.EvaluationRun;
import org.junit.jupiter.api.Test;

/**
 * The engine on a labelled evaluation set (docs/matching-evaluation.md), scored as that document says. On the real
 * 31 May 2024 register names it guards the figures reached (High: precision 1.000, recall 0.980; High+Medium
 * precision 0.924), above the issue's bar of 0.98 / 0.95 at High, with a small margin, and the lower-case baseline
 * they beat. A small synthetic set with the known hard cases (legal forms, "The", ampersands, trading names,
 * company numbers, near misses that must not match) holds the engine to the same bar on a clone without
 * ../shared/data.
 */
class MatchingQualityTest {

    private static final Path SYNTHETIC = Path.of("src/test/resources/org/irwatch/data/matching");

    @Test
    void highBandReachesTheBarAndMediumKeepsItsPrecision() throws IOException {
        List<String> register = Files.readAllLines(SYNTHETIC.resolve("synthetic-register.txt")).stream()
                .filter(line -> !line.startsWith("#")).toList();
        assertReachesTheBar(EvaluationRun.of(SYNTHETIC.resolve("synthetic-evaluation-set.csv"), register));
    }

    @Test
    void onTheRealRegisterHighBandReachesTheBarAndMediumKeepsItsPrecision() throws IOException {
        assertReachesTheBar(EvaluationRun.of(EvaluationRun.SET,
                SharedData.file("uk-sponsors-skilled-worker-json/2024-05-31/skilled_worker.json")));
    }

    private static void assertReachesTheBar(EvaluationRun run) {
        int truePositives = 0;
        int falsePositives = 0;
        int reviewTruePositives = 0;
        int reviewFalsePositives = 0;
        int labelled = 0;
        int lowerCaseHits = 0;
        for (int i = 0; i < run.cases().size(); i++) {
            CSVRecord labelledCase = run.cases().get(i);
            String label = labelledCase.get("sponsor_name").strip();
            MatchResult result = run.results().get(i);
            if (!label.isEmpty()) {
                labelled++;
                if (labelledCase.get("cqc_provider_name").strip().equalsIgnoreCase(label)) {
                    lowerCaseHits++;
                }
            }
            boolean right = result.isMatched() && result.sponsor().name().strip().equals(label);
            if (result.band() == MatchBand.HIGH) {
                if (right) {
                    truePositives++;
                } else {
                    falsePositives++;
                }
            }
            if (result.band() == MatchBand.HIGH || result.band() == MatchBand.MEDIUM) {
                if (right) {
                    reviewTruePositives++;
                } else {
                    reviewFalsePositives++;
                }
            }
        }
        double precision = truePositives / (double) (truePositives + falsePositives);
        double recall = truePositives / (double) labelled;

        assertThat(precision).as("High precision").isGreaterThanOrEqualTo(0.99);
        assertThat(recall).as("High recall").isGreaterThanOrEqualTo(0.97);
        assertThat(reviewTruePositives / (double) (reviewTruePositives + reviewFalsePositives))
                .as("High+Medium precision").isGreaterThanOrEqualTo(0.90);
        assertThat(recall).as("far above lower-case equality (" + lowerCaseHits + " of " + labelled + ")")
                .isGreaterThan(lowerCaseHits / (double) labelled + 0.3);
    }
}
