package org.irwatch.data.council;

import static org.irwatch.data.jooq.Tables.COUNCIL;
import static org.irwatch.data.jooq.Tables.COUNCIL_NAME_VARIANT;
import static org.irwatch.data.jooq.Tables.REGION;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.irwatch.core.council.Council;
import org.irwatch.core.council.CouncilDirectory;
import org.irwatch.core.council.CouncilRepository;
import org.irwatch.core.council.CouncilType;
import org.irwatch.core.council.Region;
import org.jooq.DSLContext;

/** Reads the council reference data written by migration V1. */
public final class JooqCouncilRepository implements CouncilRepository {

    private final DSLContext dsl;

    public JooqCouncilRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public CouncilDirectory loadDirectory() {
        Map<String, Region> regions = dsl.selectFrom(REGION).fetchMap(REGION.CODE,
                r -> new Region(r.getCode(), r.getOnsName(), r.getCqcName()));
        Map<String, List<String>> variants = dsl.selectFrom(COUNCIL_NAME_VARIANT).fetchGroups(
                COUNCIL_NAME_VARIANT.GSS_CODE, COUNCIL_NAME_VARIANT.VARIANT);
        List<Council> councils = new ArrayList<>();
        dsl.selectFrom(COUNCIL).forEach(c -> councils.add(new Council(c.getGssCode(), c.getName(), c.getOfficialName(),
                CouncilType.valueOf(c.getCouncilType()), regions.get(c.getRegionCode()),
                variants.getOrDefault(c.getGssCode(), List.of()))));
        return new CouncilDirectory(councils);
    }

}
