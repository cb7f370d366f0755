package org.irwatch.core.quarterly;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.irwatch.core.common.UserFacingException;

/**
 * Which measures the DHSC return holds, their labels and their order, read from a template the steering group can
 * change without code (docs/dhsc-return-template.md; the default one is shipped). A template is lines of text:
 * {@code [market]}, {@code [workers]}, {@code [interventions]} or {@code [narrative]} starts a sheet's part,
 * {@code title = ...} names the sheet, and each {@code code = label} line adds a measure in that place. A measure left out is not in the return; a measure IR Watch
 * does not know is refused, named with its line.
 *
 * @param market the Market and licence actions sheet's measures in order
 * @param workers the Displaced workers sheet's tables in order
 * @param interventions the Interventions and engagement sheet's columns in order
 * @param grants the Grant spend sheet's columns in order
 * @param narrative the Narrative sheet's sections in order
 */
public record ReturnTemplate(String marketTitle, List<Line<ReturnMeasure>> market, String workersTitle,
                             List<Line<WorkerTable>> workers, String interventionsTitle,
                             List<Line<InterventionMeasure>> interventions, String grantsTitle,
                             List<Line<GrantMeasure>> grants, String narrativeTitle,
                             List<Line<NarrativeSection>> narrative) {

    /** The parts a template may have, and the measure codes each takes. */
    static final String MARKET = "market";
    static final String WORKERS = "workers";
    static final String INTERVENTIONS = "interventions";
    static final String GRANTS = "grants";
    static final String NARRATIVE = "narrative";
    private static final Set<String> PARTS = Set.of(MARKET, WORKERS, INTERVENTIONS, GRANTS, NARRATIVE);
    private static final String PART_NAMES = "[market], [workers], [interventions], [grants] and [narrative]";
    private static final String TITLE = "title";
    private static final String DEFAULT = "default-return-template.txt";

    /** A measure with the label this template gives it. */
    public record Line<M>(M measure, String label) {
    }

    public ReturnTemplate {
        market = List.copyOf(market);
        workers = List.copyOf(workers);
        interventions = List.copyOf(interventions);
        grants = List.copyOf(grants);
        narrative = List.copyOf(narrative);
    }

    /**
     * Reads a template's text.
     *
     * @param source what to call the template in an error ("the default template", a file name)
     * @throws UserFacingException naming the line of an unknown part or measure, or a line that is not "code = label"
     */
    public static ReturnTemplate parse(String text, String source) {
        Map<String, String> titles = new LinkedHashMap<>();
        List<Line<ReturnMeasure>> market = new ArrayList<>();
        List<Line<WorkerTable>> workers = new ArrayList<>();
        List<Line<InterventionMeasure>> interventions = new ArrayList<>();
        List<Line<GrantMeasure>> grants = new ArrayList<>();
        List<Line<NarrativeSection>> narrative = new ArrayList<>();
        String part = null;
        String[] lines = text.split("\\R", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            int number = i + 1;
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("[") && line.endsWith("]")) {
                part = line.substring(1, line.length() - 1).strip().toLowerCase(Locale.ROOT);
                if (!PARTS.contains(part)) {
                    throw problem(source, number, "the part [" + part + "] is not one IR Watch knows; the parts are "
                            + PART_NAMES + ".");
                }
                continue;
            }
            int equals = line.indexOf('=');
            if (equals <= 0 || part == null) {
                throw problem(source, number, part == null ? "a measure comes before the first part (" + PART_NAMES + ")."
                        : "\"" + line + "\" is not \"code = label\".");
            }
            String code = line.substring(0, equals).strip();
            String label = line.substring(equals + 1).strip();
            if (label.isEmpty()) {
                throw problem(source, number, "the measure \"" + code + "\" has no label after \"=\".");
            }
            if (code.equals(TITLE)) {
                titles.put(part, label);
            } else if (part.equals(MARKET)) {
                market.add(new Line<>(ReturnMeasure.byCode(code).orElseThrow(() -> unknown(source, number, code,
                        codes(ReturnMeasure.values()))), label));
            } else if (part.equals(WORKERS)) {
                workers.add(new Line<>(WorkerTable.byCode(code).orElseThrow(() -> unknown(source, number, code,
                        codes(WorkerTable.values()))), label));
            } else if (part.equals(GRANTS)) {
                grants.add(new Line<>(GrantMeasure.byCode(code).orElseThrow(() -> unknown(source, number, code,
                        codes(GrantMeasure.values()))), label));
            } else if (part.equals(INTERVENTIONS)) {
                interventions.add(new Line<>(InterventionMeasure.byCode(code).orElseThrow(() -> unknown(source, number,
                        code, codes(InterventionMeasure.values()))), label));
            } else {
                narrative.add(new Line<>(NarrativeSection.byCode(code).orElseThrow(() -> unknown(source, number,
                        code, codes(NarrativeSection.values()))), label));
            }
        }
        return new ReturnTemplate(titles.getOrDefault(MARKET, "Market and licence actions"), market,
                titles.getOrDefault(WORKERS, "Displaced workers"), workers,
                titles.getOrDefault(INTERVENTIONS, "Interventions and engagement"), interventions,
                titles.getOrDefault(GRANTS, "Grant spend"), grants,
                titles.getOrDefault(NARRATIVE, "Narrative"), narrative);
    }

    /** The template shipped with IR Watch (docs/dhsc-return-template.md). */
    public static ReturnTemplate defaults() {
        return parse(defaultText(), "shipped with IR Watch");
    }

    /** The shipped template's text, for a steering group to copy and change. */
    public static String defaultText() {
        InputStream in = ReturnTemplate.class.getResourceAsStream(DEFAULT);
        if (in == null) {
            throw new IllegalStateException("The default return template is missing from IR Watch");
        }
        try (in) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static UserFacingException unknown(String source, int line, String code, List<String> known) {
        return problem(source, line, "IR Watch does not know the measure \"" + code + "\". It knows: "
                + String.join(", ", known) + ".");
    }

    private static UserFacingException problem(String source, int line, String what) {
        return new UserFacingException("The return template " + source + ", line " + line + ": " + what
                + " Correct the template, or use the default one (docs/dhsc-return-template.md).");
    }

    private static List<String> codes(Coded[] measures) {
        return Arrays.stream(measures).map(Coded::code).toList();
    }

    /** A measure a template names by its code. */
    interface Coded {
        String code();

        /** The one of {@code values} whose code this is. */
        static <M extends Coded> Optional<M> byCode(M[] values, String code) {
            return Arrays.stream(values).filter(m -> m.code().equals(code)).findFirst();
        }
    }
}
