package org.irwatch.core.quarterly;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.irwatch.core.common.FinancialQuarter;
import org.irwatch.core.common.UserFacingException;
import org.irwatch.core.council.Scope;
import org.junit.jupiter.api.Test;

class NarrativeTest {

    private static final FinancialQuarter Q3 = FinancialQuarter.parse("2024-25-Q3");
    private static final Instant NOW = Instant.parse("2024-12-20T10:00:00Z");

    /** The narratives kept, by area key and quarter code. */
    private final Map<String, Narrative> kept = new HashMap<>();
    private final NarrativeService service = new NarrativeService(new NarrativeRepository() {
        @Override
        public Optional<Narrative> find(String areaKey, FinancialQuarter quarter) {
            return Optional.ofNullable(kept.get(areaKey + quarter.code()));
        }

        @Override
        public void save(Narrative narrative) {
            kept.put(narrative.areaKey() + narrative.quarter().code(), narrative);
        }

        @Override
        public void remove(String areaKey, FinancialQuarter quarter) {
            kept.remove(areaKey + quarter.code());
        }
    }, Clock.fixed(NOW, ZoneOffset.UTC), "ann");

    @Test
    void aSavedNarrativeIsStampedWithWhoAndWhenAndReadBackForItsAreaAndQuarterOnly() {
        Narrative saved = service.save(Scope.england(), Q3, Map.of(NarrativeSection.PROGRESS, "  Webinars held.\n"));

        assertThat(saved.text(NarrativeSection.PROGRESS)).isEqualTo("Webinars held.");
        assertThat(saved.editedBy()).isEqualTo("ann");
        assertThat(saved.editedAt()).isEqualTo(NOW);
        assertThat(service.of(Scope.england(), Q3)).isEqualTo(saved);
        assertThat(service.of(Scope.england(), Q3.previous()).isEmpty()).isTrue();
    }

    @Test
    void savingFourEmptySectionsForgetsTheNarrative() {
        service.save(Scope.england(), Q3, Map.of(NarrativeSection.LEARNING, "Something"));

        Narrative cleared = service.save(Scope.england(), Q3, Map.of(NarrativeSection.LEARNING, "  \n "));

        assertThat(cleared.isEmpty()).isTrue();
        assertThat(kept).isEmpty();
    }

    @Test
    void aSectionLongerThanTheLimitIsRefusedSayingByHowMuchAndNothingIsSaved() {
        String tooLong = "a".repeat(Narrative.MAX_CHARS + 12);

        assertThatThrownBy(() -> service.save(Scope.england(), Q3, Map.of(NarrativeSection.RISKS_AND_ISSUES, tooLong)))
                .isInstanceOf(UserFacingException.class)
                .hasMessage("Risks and issues is 10,012 characters long; a section holds at most 10,000. Shorten it "
                        + "by 12 characters (or move detail to an appendix of your own).");
        assertThat(kept).isEmpty();
        assertThat(Narrative.tooLong(NarrativeSection.PROGRESS, "a".repeat(Narrative.MAX_CHARS))).isNull();
    }

    @Test
    void aFileOfFourHeadedSectionsReadsBackAsWrittenWhateverTheOrderAndCase() {
        Map<NarrativeSection, String> texts = NarrativeFile.parse("""
                # next quarter
                Two job fairs.

                # Progress
                Webinars held.

                ## Our own sub-heading
                - a list item
                # RISKS_ISSUES
                =HYPERLINK("x") stays text
                """, "q3.md");

        assertThat(texts).containsOnly(
                Map.entry(NarrativeSection.NEXT_QUARTER, "Two job fairs."),
                Map.entry(NarrativeSection.PROGRESS, "Webinars held.\n\n## Our own sub-heading\n- a list item"),
                Map.entry(NarrativeSection.RISKS_AND_ISSUES, "=HYPERLINK(\"x\") stays text"));
        Narrative narrative = new Narrative("england", Q3, texts, "ann", NOW);
        assertThat(NarrativeFile.parse(NarrativeFile.format(narrative), "again.md"))
                .isEqualTo(narrative.texts());
        assertThat(NarrativeFile.format(narrative)).startsWith("# Progress\nWebinars held.\n");
    }

    @Test
    void aFileWithTextBeforeAHeadingAnUnknownOrARepeatedHeadingIsRefusedNamingTheLine() {
        assertThatThrownBy(() -> NarrativeFile.parse("Hello\n# Progress\n", "q3.md"))
                .hasMessageStartingWith("The narrative file q3.md, line 1: text comes before the first heading "
                        + "(# Progress, # Learning, # Risks and issues, # Next quarter).");
        assertThatThrownBy(() -> NarrativeFile.parse("# Progress\nok\n# Risks\n", "q3.md"))
                .hasMessageStartingWith("The narrative file q3.md, line 3: \"# Risks\" is not one of the four "
                        + "headings");
        assertThatThrownBy(() -> NarrativeFile.parse("# Progress\n# Learning\n# progress\n", "q3.md"))
                .hasMessageStartingWith("The narrative file q3.md, line 3: the heading \"# progress\" comes a second "
                        + "time.");
        assertThatThrownBy(() -> NarrativeFile.parse("\n\n", "empty.md"))
                .hasMessageStartingWith("The narrative file empty.md has none of the four headings");
    }
}
