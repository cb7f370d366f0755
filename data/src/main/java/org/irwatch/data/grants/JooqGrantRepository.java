package org.irwatch.data.grants;

import static org.irwatch.data.jooq.Tables.GRANT_INITIATIVE;
import static org.irwatch.data.jooq.Tables.GRANT_SPEND;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.irwatch.core.common.FinancialYear;
import org.irwatch.core.grants.GrantInitiative;
import org.irwatch.core.grants.GrantRepository;
import org.irwatch.data.jooq.tables.records.GrantInitiativeRecord;
import org.jooq.DSLContext;

/** Grant initiatives as rows of GRANT_INITIATIVE, their spend by quarter as rows of GRANT_SPEND (migration V12). */
public final class JooqGrantRepository implements GrantRepository {

    private final DSLContext dsl;

    public JooqGrantRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public List<GrantInitiative> inYear(FinancialYear year) {
        Map<Long, Map<Integer, BigDecimal>> spend = new HashMap<>();
        dsl.select(GRANT_SPEND.INITIATIVE_ID, GRANT_SPEND.QUARTER, GRANT_SPEND.AMOUNT).from(GRANT_SPEND)
                .join(GRANT_INITIATIVE).on(GRANT_INITIATIVE.ID.eq(GRANT_SPEND.INITIATIVE_ID))
                .where(GRANT_INITIATIVE.FINANCIAL_YEAR.eq(year.startYear()))
                .forEach(r -> spend.computeIfAbsent(r.value1(), id -> new HashMap<>()).put(r.value2(), r.value3()));
        return dsl.selectFrom(GRANT_INITIATIVE).where(GRANT_INITIATIVE.FINANCIAL_YEAR.eq(year.startYear()))
                .orderBy(GRANT_INITIATIVE.AREA_KEY, GRANT_INITIATIVE.NAME_KEY)
                .fetch(r -> new GrantInitiative(r.getId(), r.getAreaKey(), year, r.getName(), r.getBudget(),
                        spend.getOrDefault(r.getId(), Map.of())));
    }

    @Override
    public List<GrantInitiative> saveAll(List<GrantInitiative> initiatives) {
        return dsl.transactionResult(tx -> {
            DSLContext t = tx.dsl();
            List<GrantInitiative> stored = new ArrayList<>();
            for (GrantInitiative initiative : initiatives) {
                GrantInitiativeRecord row = initiative.id() == null ? t.newRecord(GRANT_INITIATIVE)
                        : t.fetchSingle(GRANT_INITIATIVE, GRANT_INITIATIVE.ID.eq(initiative.id()));
                row.setAreaKey(initiative.areaKey());
                row.setFinancialYear(initiative.year().startYear());
                row.setName(initiative.name());
                row.setNameKey(initiative.nameKey());
                row.setBudget(initiative.budget());
                row.store();
                t.deleteFrom(GRANT_SPEND).where(GRANT_SPEND.INITIATIVE_ID.eq(row.getId())).execute();
                initiative.spendByQuarter().forEach((quarter, amount) -> t.insertInto(GRANT_SPEND,
                        GRANT_SPEND.INITIATIVE_ID, GRANT_SPEND.QUARTER, GRANT_SPEND.AMOUNT)
                        .values(row.getId(), quarter, amount).execute());
                stored.add(new GrantInitiative(row.getId(), initiative.areaKey(), initiative.year(), initiative.name(),
                        initiative.budget(), initiative.spendByQuarter()));
            }
            return stored;
        });
    }

    @Override
    public void remove(long id) {
        dsl.deleteFrom(GRANT_INITIATIVE).where(GRANT_INITIATIVE.ID.eq(id)).execute();
    }
}
