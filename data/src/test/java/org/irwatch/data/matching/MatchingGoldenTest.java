package org.irwatch.data.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.irwatch.core.matching.MatchResult;
import org.irwatch.data.bench.EvaluationRun;
import org.junit.jupiter.api.Test;

/**
 * Speed work must not change a result: the 469 providers of the labelled set, matched against a register of the
 * synthetic names, every labelled sponsor and every near miss the set names (no ../shared/data needed), give the
 * same sponsor, band, score and evidence as the engine gave before its hot loops were reworked (issue 14). The expected lines were written by
 * that engine; a difference is written to target/golden-matches-actual.csv for a diff.
 */
class MatchingGoldenTest {

    private static final Path RESOURCES = Path.of("src/test/resources/org/irwatch/data/matching");
    private static final Pattern DISTRACTOR = Pattern.compile("Distractor on register: '([^']*)'");

    @Test
    void theFullMatchGivesTheSameResultsAsBeforeTheSpeedWork() throws IOException {
        List<String> expected = Files.readAllLines(RESOURCES.resolve("golden-matches.csv"), StandardCharsets.UTF_8);
        List<String> actual = summary(EvaluationRun.of(EvaluationRun.SET, register()));
        if (!actual.equals(expected)) {
            Files.write(Path.of("target/golden-matches-actual.csv"), actual, StandardCharsets.UTF_8);
        }
        assertThat(actual).containsExactlyElementsOf(expected);
    }

    private static List<String> register() throws IOException {
        Set<String> names = new LinkedHashSet<>();
        Files.readAllLines(RESOURCES.resolve("synthetic-register.txt"), StandardCharsets.UTF_8).stream()
                .filter(line -> !line.startsWith("#")).forEach(names::add);
        try (var reader = Files.newBufferedReader(EvaluationRun.SET, StandardCharsets.UTF_8)) {
            for (CSVRecord labelled : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                    .parse(reader)) {
                if (!labelled.get("sponsor_name").isEmpty()) {
                    names.add(labelled.get("sponsor_name"));
                }
                Matcher distractor = DISTRACTOR.matcher(labelled.get("evidence"));
                if (distractor.find()) {
                    names.add(distractor.group(1));
                }
            }
        }
        return List.copyOf(names);
    }

    /** One line per provider: its ID, the sponsor chosen, the band, the score to six places and the evidence. */
    private static List<String> summary(EvaluationRun run) {
        List<String> lines = new ArrayList<>();
        lines.add("provider,sponsor,band,score,evidence");
        for (MatchResult result : run.results()) {
            lines.add(String.join(",", result.provider().providerId(),
                    result.isMatched() ? quoted(result.sponsor().name()) : "",
                    result.band() == null ? "" : result.band().name(),
                    String.format(Locale.ROOT, "%.6f", result.score()), quoted(result.evidence())));
        }
        return lines;
    }

    private static String quoted(String text) {
        return '"' + text.replace("\"", "\"\"") + '"';
    }
}
