package org.irwatch.data.narrative;

import static org.irwatch.data.jooq.Tables.QUARTER_NARRATIVE;

import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import org.irwatch.core.common.FinancialQuarter;
import org.irwatch.core.quarterly.Narrative;
import org.irwatch.core.quarterly.NarrativeRepository;
import org.irwatch.core.quarterly.NarrativeSection;
import org.irwatch.data.jooq.tables.records.QuarterNarrativeRecord;
import org.jooq.DSLContext;

/** Each area's narrative per quarter as a row of QUARTER_NARRATIVE (migration V13). */
public final class JooqNarrativeRepository implements NarrativeRepository {

    private final DSLContext dsl;

    public JooqNarrativeRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public Optional<Narrative> find(String areaKey, FinancialQuarter quarter) {
        return dsl.selectFrom(QUARTER_NARRATIVE)
                .where(QUARTER_NARRATIVE.AREA_KEY.eq(areaKey), QUARTER_NARRATIVE.FINANCIAL_QUARTER.eq(quarter.code()))
                .fetchOptional(r -> new Narrative(areaKey, quarter, Map.of(
                        NarrativeSection.PROGRESS, r.getProgress(),
                        NarrativeSection.LEARNING, r.getLearning(),
                        NarrativeSection.RISKS_AND_ISSUES, r.getRisksIssues(),
                        NarrativeSection.NEXT_QUARTER, r.getNextQuarter()), r.getEditedBy(), r.getEditedAt().toInstant()));
    }

    @Override
    public void save(Narrative narrative) {
        QuarterNarrativeRecord row = dsl.newRecord(QUARTER_NARRATIVE);
        row.setAreaKey(narrative.areaKey());
        row.setFinancialQuarter(narrative.quarter().code());
        row.setProgress(narrative.text(NarrativeSection.PROGRESS));
        row.setLearning(narrative.text(NarrativeSection.LEARNING));
        row.setRisksIssues(narrative.text(NarrativeSection.RISKS_AND_ISSUES));
        row.setNextQuarter(narrative.text(NarrativeSection.NEXT_QUARTER));
        row.setEditedBy(narrative.editedBy());
        row.setEditedAt(narrative.editedAt().atOffset(ZoneOffset.UTC));
        dsl.insertInto(QUARTER_NARRATIVE).set(row).onDuplicateKeyUpdate().set(row).execute();
    }

    @Override
    public void remove(String areaKey, FinancialQuarter quarter) {
        dsl.deleteFrom(QUARTER_NARRATIVE).where(QUARTER_NARRATIVE.AREA_KEY.eq(areaKey),
                QUARTER_NARRATIVE.FINANCIAL_QUARTER.eq(quarter.code())).execute();
    }
}
