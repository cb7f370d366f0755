package org.irwatch.data.grants;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.irwatch.core.common.FinancialYear;
import org.irwatch.core.grants.GrantInitiative;
import org.irwatch.core.grants.Grants;
import org.irwatch.core.council.CouncilDirectory;
import org.irwatch.core.council.Partnerships;
import org.irwatch.data.council.JooqCouncilRepository;
import org.irwatch.data.council.JooqPartnershipRepository;
import org.irwatch.data.db.Database;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Grant initiatives stored and read back in a fresh database. */
class GrantRepositoryTest {

    private static final FinancialYear YEAR = FinancialYear.parse("2024-25");
    private static final String PARTNERSHIP = "partnership:Coventry and Warwickshire";
    private static final String COVENTRY = "council:E08000026";

    private final Database database = Database.inMemory();
    private final JooqGrantRepository repository = new JooqGrantRepository(database.dsl());

    @AfterEach
    void close() {
        database.close();
    }

    private static GrantInitiative initiative(String area, String name, String budget, Map<Integer, BigDecimal> spend) {
        return new GrantInitiative(null, area, YEAR, name, new BigDecimal(budget), spend);
    }

    @Test
    void anInitiativeComesBackWithItsBudgetAndOnlyTheQuartersRecorded() {
        GrantInitiative stored = repository.saveAll(List.of(initiative(PARTNERSHIP, "Retention payments", "10000.00",
                Map.of(1, new BigDecimal("2500.50"), 3, new BigDecimal("0.00"))))).getFirst();

        assertThat(stored.id()).isNotNull();
        assertThat(repository.inYear(YEAR)).singleElement().satisfies(read -> {
            assertThat(read).isEqualTo(stored);
            assertThat(read.spendIn(2)).as("not recorded").isEmpty();
            assertThat(read.spendIn(3)).as("recorded as nothing spent").contains(new BigDecimal("0.00"));
        });
        assertThat(repository.inYear(YEAR.previous())).isEmpty();
    }

    @Test
    void savingAStoredInitiativeReplacesItsBudgetAndSpendAndRemovingTakesItsSpendToo() {
        GrantInitiative stored = repository.saveAll(List.of(initiative(COVENTRY, "Legal advice", "4000.00",
                Map.of(1, new BigDecimal("100.00"), 2, new BigDecimal("200.00"))))).getFirst();

        repository.saveAll(List.of(stored.withBudget(new BigDecimal("5000.00")).withSpend(1, null)));

        assertThat(repository.inYear(YEAR)).singleElement().satisfies(read -> {
            assertThat(read.id()).isEqualTo(stored.id());
            assertThat(read.budget()).isEqualByComparingTo("5000");
            assertThat(read.spendByQuarter()).containsOnlyKeys(2);
        });
        repository.remove(stored.id());
        assertThat(repository.inYear(YEAR)).isEmpty();
        assertThat(database.dsl().fetchCount(org.irwatch.data.jooq.Tables.GRANT_SPEND)).isZero();
    }

    @Test
    void aRenamedPartnershipKeepsItsInitiatives() {
        CouncilDirectory councils = new JooqCouncilRepository(database.dsl()).loadDirectory();
        Partnerships partnerships = new Partnerships(new JooqPartnershipRepository(database.dsl(), councils),
                councils);
        partnerships.add("Coventry and Warwickshire", List.of("Coventry", "Warwickshire"));
        repository.saveAll(List.of(initiative(PARTNERSHIP, "Retention payments", "100", Map.of())));

        partnerships.save("Coventry and Warwickshire", "Coventry, Solihull and Warwickshire",
                partnerships.councils(List.of("Coventry", "Solihull", "Warwickshire")));

        assertThat(repository.inYear(YEAR)).singleElement().extracting(GrantInitiative::areaKey)
                .isEqualTo("partnership:Coventry, Solihull and Warwickshire");
    }

    @Test
    void aNameTakenInTheAreaAndYearIsRefusedInASentenceAndABadBatchStoresNothing() {
        Grants grants = new Grants(repository, key -> Optional.of(Set.of()));
        grants.save(initiative(PARTNERSHIP, "Retention payments", "100", Map.of()), "Coventry and Warwickshire");

        assertThatThrownBy(() -> grants.save(initiative(PARTNERSHIP, " retention  PAYMENTS", "5", Map.of()),
                "Coventry and Warwickshire (partnership)"))
                .hasMessage("There is already an initiative called \"retention  PAYMENTS\" for Coventry and "
                        + "Warwickshire (partnership) in 2024/25. Give this one another name, or change that one.");
        grants.save(initiative(COVENTRY, "Retention payments", "100", Map.of()), "Coventry");
        assertThatThrownBy(() -> repository.saveAll(List.of(initiative(COVENTRY, "Training", "1", Map.of()),
                initiative(COVENTRY, "TRAINING", "1", Map.of())))).isInstanceOf(RuntimeException.class);
        assertThat(repository.inYear(YEAR)).extracting(GrantInitiative::name)
                .as("the failed batch left nothing").containsExactly("Retention payments", "Retention payments");
    }
}
