package org.irwatch.data.placements;

import static org.irwatch.data.jooq.Tables.COS_ALLOCATION;
import static org.irwatch.data.jooq.Tables.EMPLOYER_VACANCY;
import static org.irwatch.data.jooq.Tables.ETHICAL_EMPLOYER;
import static org.irwatch.data.jooq.Tables.PLACEMENT_EXCLUSION;
import static org.irwatch.data.jooq.Tables.POSTCODE_CENTRE;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.irwatch.core.cqc.ServiceTypes;
import org.irwatch.core.geo.GeoPoint;
import org.irwatch.core.geo.PostcodeCentres;
import org.irwatch.core.geo.PostcodeDistrict;
import org.irwatch.core.placements.EmployerLicence;
import org.irwatch.core.placements.EthicalEmployer;
import org.irwatch.core.placements.LocationSite;
import org.irwatch.core.placements.PlacementRole;
import org.irwatch.core.placements.PlacementRows;
import org.irwatch.core.placements.ProviderExclusion;
import org.irwatch.core.placements.SpareCertificates;
import org.irwatch.core.snapshot.Snapshot;
import org.irwatch.core.snapshot.SnapshotSource;
import org.irwatch.data.geo.JooqPostcodeCentres;
import org.irwatch.data.snapshot.JooqSnapshotRepository;
import org.irwatch.data.snapshot.SnapshotRows;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/** Reads what the finder needs besides the market. */
public final class JooqPlacementRows implements PlacementRows {

    /** Link bands whose certificates count as the sponsor's. */
    static final List<String> SURE_LINKS = List.of("EXACT", "HIGH", "CONFIRMED");

    private final DSLContext dsl;
    private final PostcodeCentres centres;

    public JooqPlacementRows(DSLContext dsl) {
        this.dsl = dsl;
        this.centres = new JooqPostcodeCentres(dsl);
    }

    @Override
    public List<LocationSite> locationSites() {
        Optional<Snapshot> cqc = new JooqSnapshotRepository(dsl).latest(SnapshotSource.CQC);
        List<LocationSite> sites = new ArrayList<>(100_000);
        if (cqc.isEmpty()) {
            return sites;
        }
        // A full postcode's centre is joined in only when one was imported; the district's is the finder's fallback.
        SnapshotRows.scan(dsl, "SELECT l.location_id, l.postcode, l.service_types, l.latitude, l.longitude, p.latitude,"
                + " p.longitude FROM cqc_location l LEFT JOIN postcode_centre p ON p.code = UPPER(TRIM(l.postcode)) "
                + "AND NOT p.district WHERE l.id BETWEEN ? AND ? AND l.adult_social_care", cqc.get().id(),
                row -> sites.add(new LocationSite(row.getString(1), row.getString(2) == null ? "" : row.getString(2),
                        ServiceTypes.split(row.getString(3)), point(row, 4), point(row, 6))));
        return sites;
    }

    @Override
    public Map<PostcodeDistrict, GeoPoint> districtCentres() {
        return centres.districtCentres();
    }

    @Override
    public Map<String, SpareCertificates> spareCertificates() {
        Map<String, SpareCertificates> latest = new HashMap<>();
        dsl.select(COS_ALLOCATION.ORG_KEY, COS_ALLOCATION.PERIOD_FROM, COS_ALLOCATION.PERIOD_TO,
                        DSL.sum(COS_ALLOCATION.ALLOCATED).cast(Integer.class), DSL.sum(COS_ALLOCATION.USED).cast(Integer.class))
                .from(COS_ALLOCATION)
                .where(COS_ALLOCATION.ORG_KEY.isNotNull(), COS_ALLOCATION.LINK_BAND.in(SURE_LINKS))
                .groupBy(COS_ALLOCATION.ORG_KEY, COS_ALLOCATION.PERIOD_FROM, COS_ALLOCATION.PERIOD_TO)
                .forEach(r -> {
                    SpareCertificates period = new SpareCertificates(r.value1(), r.value2(), r.value3(), r.value4(),
                            r.value5());
                    latest.merge(r.value1(), period, (a, b) -> a.to().isAfter(b.to()) ? a : b);
                });
        return latest;
    }

    @Override
    public List<EthicalEmployer> employers() {
        Map<Long, List<org.irwatch.core.placements.Vacancy>> vacancies = new HashMap<>();
        dsl.selectFrom(EMPLOYER_VACANCY).forEach(v -> PlacementRole.of(v.getRole()).ifPresent(role ->
                vacancies.computeIfAbsent(v.getEmployerId(), id -> new ArrayList<>())
                        .add(new org.irwatch.core.placements.Vacancy(role, v.getVacancies(), v.getHours(), v.getPay()))));
        return dsl.selectFrom(ETHICAL_EMPLOYER).orderBy(ETHICAL_EMPLOYER.PROVIDER_NAME).fetch(e -> new EthicalEmployer(
                e.getId(), e.getProviderId(), e.getProviderName(), e.getContactName(), e.getPhone(), e.getEmail(),
                vacancies.getOrDefault(e.getId(), List.of()),
                new EmployerLicence(EmployerLicence.Status.valueOf(e.getLicenceStatus()), e.getLicenceApplied()),
                e.getTakesTransfers(), e.getOffersHousing(), e.getAuditToolDone(), e.getWantsNotices()));
    }

    @Override
    public Map<String, ProviderExclusion> exclusions() {
        Map<String, ProviderExclusion> exclusions = new HashMap<>();
        dsl.selectFrom(PLACEMENT_EXCLUSION).forEach(e -> exclusions.put(e.getProviderId(), new ProviderExclusion(
                e.getProviderId(), e.getReason(), e.getExcludedBy(), e.getExcludedAt().toInstant())));
        return exclusions;
    }

    @Override
    public String version() {
        var r = dsl.select(
                DSL.select(DSL.count()).from(COS_ALLOCATION).asField(),
                DSL.select(DSL.max(COS_ALLOCATION.ID)).from(COS_ALLOCATION).asField(),
                DSL.select(DSL.max(ETHICAL_EMPLOYER.UPDATED_AT)).from(ETHICAL_EMPLOYER).asField(),
                DSL.select(DSL.count()).from(ETHICAL_EMPLOYER).asField(),
                DSL.select(DSL.count()).from(PLACEMENT_EXCLUSION).asField(),
                DSL.select(DSL.max(PLACEMENT_EXCLUSION.EXCLUDED_AT)).from(PLACEMENT_EXCLUSION).asField(),
                DSL.select(DSL.count()).from(POSTCODE_CENTRE).asField()).fetchOne();
        return r.intoList().toString();
    }

    private static GeoPoint point(java.sql.ResultSet row, int column) throws java.sql.SQLException {
        double latitude = row.getDouble(column);
        if (row.wasNull()) {
            return null;
        }
        return new GeoPoint(latitude, row.getDouble(column + 1));
    }
}
