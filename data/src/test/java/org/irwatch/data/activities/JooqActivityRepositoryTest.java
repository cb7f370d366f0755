package org.irwatch.data.activities;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.irwatch.core.activities.Activity;
import org.irwatch.core.activities.ActivityKind;
import org.irwatch.data.db.Database;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class JooqActivityRepositoryTest {

    private static final String COVENTRY = "E08000026";
    private static final String WARWICKSHIRE = "E10000031";

    private final Database database = Database.inMemory();
    private final JooqActivityRepository repository = new JooqActivityRepository(database.dsl());

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void anEditedActivityKeepsItsIdWithItsNewCouncilsAndFiguresAndADeletedOneIsGone() {
        repository.addAll(List.of(
                new Activity(null, LocalDate.of(2024, 10, 3), Set.of(COVENTRY), ActivityKind.WEBINAR, 12, 40,
                        null, "Sponsor duties"),
                new Activity(null, LocalDate.of(2024, 11, 7), Set.of(WARWICKSHIRE), ActivityKind.JOB_FAIR, 8, 120,
                        new BigDecimal("1250.00"), "")));
        Activity webinar = repository.all().getFirst();

        repository.update(new Activity(webinar.id(), LocalDate.of(2024, 10, 4), Set.of(COVENTRY, WARWICKSHIRE),
                ActivityKind.TRAINING, null, 55, new BigDecimal("300.50"), "Moved a day"));

        assertThat(repository.all()).hasSize(2).first().satisfies(a -> {
            assertThat(a.id()).isEqualTo(webinar.id());
            assertThat(a.date()).isEqualTo(LocalDate.of(2024, 10, 4));
            assertThat(a.councilGssCodes()).containsExactlyInAnyOrder(COVENTRY, WARWICKSHIRE);
            assertThat(a.kind()).isEqualTo(ActivityKind.TRAINING);
            assertThat(a.providersReached()).isNull();
            assertThat(a.peopleReached()).isEqualTo(55);
            assertThat(a.amount()).isEqualByComparingTo("300.50");
            assertThat(a.notes()).isEqualTo("Moved a day");
        });

        repository.delete(webinar.id());

        assertThat(repository.all()).singleElement().extracting(Activity::kind).isEqualTo(ActivityKind.JOB_FAIR);
    }
}
