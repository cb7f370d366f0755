package org.irwatch.data.council;

import static org.irwatch.data.jooq.Tables.GRANT_INITIATIVE;
import static org.irwatch.data.jooq.Tables.QUARTER_NARRATIVE;
import static org.irwatch.data.jooq.Tables.PARTNERSHIP;
import static org.irwatch.data.jooq.Tables.PARTNERSHIP_COUNCIL;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.irwatch.core.council.Council;
import org.irwatch.core.council.CouncilDirectory;
import org.irwatch.core.council.CouncilNames;
import org.irwatch.core.council.Partnership;
import org.irwatch.core.council.PartnershipRepository;
import org.irwatch.core.council.Scope;
import org.jooq.DSLContext;

/** Partnerships as rows of PARTNERSHIP and PARTNERSHIP_COUNCIL (migration V10). */
public final class JooqPartnershipRepository implements PartnershipRepository {

    private final DSLContext dsl;
    private final CouncilDirectory directory;

    public JooqPartnershipRepository(DSLContext dsl, CouncilDirectory directory) {
        this.dsl = dsl;
        this.directory = directory;
    }

    @Override
    public List<Partnership> all() {
        Map<Long, List<String>> codes = dsl.selectFrom(PARTNERSHIP_COUNCIL)
                .fetchGroups(PARTNERSHIP_COUNCIL.PARTNERSHIP_ID, PARTNERSHIP_COUNCIL.GSS_CODE);
        List<Partnership> partnerships = new ArrayList<>();
        dsl.selectFrom(PARTNERSHIP).forEach(row -> {
            List<Council> councils = codes.getOrDefault(row.getId(), List.of()).stream()
                    .map(directory::byGssCode).flatMap(Optional::stream).toList();
            partnerships.add(new Partnership(row.getName(), councils));
        });
        partnerships.sort(Comparator.comparing(p -> CouncilNames.key(p.name())));
        return partnerships;
    }

    @Override
    public void save(Partnership partnership, String replacing) {
        dsl.transaction(tx -> {
            DSLContext t = tx.dsl();
            if (replacing != null) {
                String oldName = t.select(PARTNERSHIP.NAME).from(PARTNERSHIP)
                        .where(PARTNERSHIP.NAME_KEY.eq(CouncilNames.key(replacing))).fetchOne(PARTNERSHIP.NAME);
                t.deleteFrom(PARTNERSHIP).where(PARTNERSHIP.NAME_KEY.eq(CouncilNames.key(replacing))).execute();
                if (oldName != null) {
                    moveAreaRecords(t, oldName, partnership.name());
                }
            }
            long id = t.insertInto(PARTNERSHIP, PARTNERSHIP.NAME, PARTNERSHIP.NAME_KEY)
                    .values(partnership.name(), CouncilNames.key(partnership.name()))
                    .returningResult(PARTNERSHIP.ID).fetchOne(PARTNERSHIP.ID);
            for (Council council : partnership.councils()) {
                t.insertInto(PARTNERSHIP_COUNCIL, PARTNERSHIP_COUNCIL.PARTNERSHIP_ID, PARTNERSHIP_COUNCIL.GSS_CODE)
                        .values(id, council.gssCode()).execute();
            }
        });
    }

    /**
     * A renamed partnership keeps its grant initiatives (ADR 0037) and its narratives (ADR 0038), which are kept by
     * its area key.
     */
    private static void moveAreaRecords(DSLContext t, String oldName, String newName) {
        t.update(GRANT_INITIATIVE).set(GRANT_INITIATIVE.AREA_KEY, areaKey(newName))
                .where(GRANT_INITIATIVE.AREA_KEY.eq(areaKey(oldName))).execute();
        t.update(QUARTER_NARRATIVE).set(QUARTER_NARRATIVE.AREA_KEY, areaKey(newName))
                .where(QUARTER_NARRATIVE.AREA_KEY.eq(areaKey(oldName))).execute();
    }

    private static String areaKey(String name) {
        return new Scope.PartnershipScope(new Partnership(name, List.of())).key();
    }

    @Override
    public boolean remove(String name) {
        return dsl.deleteFrom(PARTNERSHIP).where(PARTNERSHIP.NAME_KEY.eq(CouncilNames.key(name))).execute() > 0;
    }
}
