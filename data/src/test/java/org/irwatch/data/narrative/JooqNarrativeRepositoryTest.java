package org.irwatch.data.narrative;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.irwatch.core.common.FinancialQuarter;
import org.irwatch.core.council.CouncilDirectory;
import org.irwatch.core.council.Partnerships;
import org.irwatch.core.quarterly.Narrative;
import org.irwatch.core.quarterly.NarrativeSection;
import org.irwatch.data.council.JooqCouncilRepository;
import org.irwatch.data.council.JooqPartnershipRepository;
import org.irwatch.data.db.Database;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class JooqNarrativeRepositoryTest {

    private static final FinancialQuarter Q3 = FinancialQuarter.parse("2024-25-Q3");
    private static final String AREA = "partnership:Coventry and Warwickshire";

    private final Database database = Database.inMemory();
    private final JooqNarrativeRepository repository = new JooqNarrativeRepository(database.dsl());

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void aNarrativeReadsBackAsSavedAndASecondSaveReplacesIt() {
        Instant first = Instant.parse("2024-12-20T10:15:30Z");
        String long10k = "x".repeat(Narrative.MAX_CHARS);
        repository.save(new Narrative(AREA, Q3, Map.of(NarrativeSection.PROGRESS, "Line one\nLine two",
                NarrativeSection.NEXT_QUARTER, long10k), "ann", first));

        assertThat(repository.find(AREA, Q3)).hasValueSatisfying(n -> {
            assertThat(n.text(NarrativeSection.PROGRESS)).isEqualTo("Line one\nLine two");
            assertThat(n.text(NarrativeSection.LEARNING)).isEmpty();
            assertThat(n.text(NarrativeSection.NEXT_QUARTER)).hasSize(Narrative.MAX_CHARS);
            assertThat(n.editedBy()).isEqualTo("ann");
            assertThat(n.editedAt()).isEqualTo(first);
        });

        repository.save(new Narrative(AREA, Q3, Map.of(NarrativeSection.LEARNING, "Learnt"), "bob",
                first.plusSeconds(60)));

        assertThat(repository.find(AREA, Q3)).hasValueSatisfying(n -> {
            assertThat(n.text(NarrativeSection.PROGRESS)).isEmpty();
            assertThat(n.text(NarrativeSection.LEARNING)).isEqualTo("Learnt");
            assertThat(n.editedBy()).isEqualTo("bob");
        });
    }

    @Test
    void eachAreaAndQuarterKeepsItsOwnAndRemoveForgetsOnlyIt() {
        FinancialQuarter q2 = Q3.previous();
        repository.save(new Narrative(AREA, Q3, Map.of(NarrativeSection.PROGRESS, "Q3"), "ann", Instant.EPOCH));
        repository.save(new Narrative(AREA, q2, Map.of(NarrativeSection.PROGRESS, "Q2"), "ann", Instant.EPOCH));
        repository.save(new Narrative("england", Q3, Map.of(NarrativeSection.PROGRESS, "England"), "ann",
                Instant.EPOCH));

        repository.remove(AREA, Q3);

        assertThat(repository.find(AREA, Q3)).isEmpty();
        assertThat(repository.find(AREA, q2)).map(n -> n.text(NarrativeSection.PROGRESS)).hasValue("Q2");
        assertThat(repository.find("england", Q3)).map(n -> n.text(NarrativeSection.PROGRESS)).hasValue("England");
    }

    @Test
    void aRenamedPartnershipKeepsItsNarratives() {
        CouncilDirectory councils = new JooqCouncilRepository(database.dsl()).loadDirectory();
        Partnerships partnerships = new Partnerships(new JooqPartnershipRepository(database.dsl(), councils),
                councils);
        partnerships.add("Coventry and Warwickshire", List.of("Coventry", "Warwickshire"));
        repository.save(new Narrative(AREA, Q3, Map.of(NarrativeSection.PROGRESS, "Two webinars"), "ann",
                Instant.EPOCH));

        partnerships.save("Coventry and Warwickshire", "Coventry, Solihull and Warwickshire",
                partnerships.councils(List.of("Coventry", "Solihull", "Warwickshire")));

        assertThat(repository.find(AREA, Q3)).isEmpty();
        assertThat(repository.find("partnership:Coventry, Solihull and Warwickshire", Q3))
                .map(n -> n.text(NarrativeSection.PROGRESS)).hasValue("Two webinars");
    }
}
