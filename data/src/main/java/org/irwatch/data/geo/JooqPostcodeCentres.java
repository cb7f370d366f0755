package org.irwatch.data.geo;

import static org.irwatch.data.jooq.Tables.POSTCODE_CENTRE;

import java.util.HashMap;
import java.util.Map;
import org.irwatch.core.geo.GeoPoint;
import org.irwatch.core.geo.PostcodeCentres;
import org.irwatch.core.geo.PostcodeDistrict;
import org.jooq.DSLContext;

/** The postcode centres held in {@code postcode_centre}. */
public final class JooqPostcodeCentres implements PostcodeCentres {

    private final DSLContext dsl;

    public JooqPostcodeCentres(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public Map<PostcodeDistrict, GeoPoint> districtCentres() {
        Map<PostcodeDistrict, GeoPoint> centres = new HashMap<>();
        dsl.select(POSTCODE_CENTRE.CODE, POSTCODE_CENTRE.LATITUDE, POSTCODE_CENTRE.LONGITUDE).from(POSTCODE_CENTRE)
                .where(POSTCODE_CENTRE.DISTRICT.isTrue())
                .forEach(r -> centres.put(new PostcodeDistrict(r.value1()), new GeoPoint(r.value2(), r.value3())));
        return centres;
    }

    @Override
    public PostcodeCounts counts() {
        var counts = dsl.select(
                        org.jooq.impl.DSL.count().filterWhere(POSTCODE_CENTRE.DISTRICT.isTrue()),
                        org.jooq.impl.DSL.count().filterWhere(POSTCODE_CENTRE.DISTRICT.isFalse()))
                .from(POSTCODE_CENTRE).fetchOne();
        return new PostcodeCounts(counts.value1(), counts.value2());
    }
}
