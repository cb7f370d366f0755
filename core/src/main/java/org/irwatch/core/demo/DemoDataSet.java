package org.irwatch.core.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.irwatch.core.cqc.CareLocation;
import org.irwatch.core.cqc.CareProvider;
import org.irwatch.core.events.EnforcementEvent;
import org.irwatch.core.geo.GeoPoint;
import org.irwatch.core.register.SponsorOrganisation;

/**
 * The built-in demo: two register snapshots a month apart (so changes show), one CQC snapshot, some recorded
 * suspensions and revocations, and the centres of its postcode districts so the placement finder can measure.
 * Everything here is invented; nothing names a real organisation.
 *
 * @param districtCentres each demo postcode district's invented centre near its town (ADR 0039)
 */
public record DemoDataSet(List<RegisterRelease> registers, LocalDate cqcDate, List<CareProvider> providers,
                          List<CareLocation> locations, List<EnforcementEvent> events,
                          Map<String, GeoPoint> districtCentres) {

    public static final String SOURCE_NAME = "IR Watch demo data (invented)";

    public DemoDataSet {
        registers = List.copyOf(registers);
        providers = List.copyOf(providers);
        locations = List.copyOf(locations);
        events = List.copyOf(events);
        districtCentres = Map.copyOf(districtCentres);
    }

    /** One publication of the register. */
    public record RegisterRelease(LocalDate dataDate, List<SponsorOrganisation> organisations) {

        public RegisterRelease {
            organisations = List.copyOf(organisations);
        }

        public int rows() {
            return organisations.stream().mapToInt(o -> o.licences().size()).sum();
        }
    }
}
