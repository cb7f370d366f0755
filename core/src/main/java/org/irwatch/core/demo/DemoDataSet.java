package org.irwatch.core.demo;

import java.time.LocalDate;
import java.util.List;
import org.irwatch.core.cqc.CareLocation;
import org.irwatch.core.cqc.CareProvider;
import org.irwatch.core.events.EnforcementEvent;
import org.irwatch.core.register.SponsorOrganisation;

/**
 * The built-in demo: two register snapshots a month apart (so changes show), one CQC snapshot, and some
 * recorded suspensions and revocations. Everything here is invented; nothing names a real organisation.
 */
public record DemoDataSet(List<RegisterRelease> registers, LocalDate cqcDate, List<CareProvider> providers,
                          List<CareLocation> locations, List<EnforcementEvent> events) {

    public static final String SOURCE_NAME = "IR Watch demo data (invented)";

    public DemoDataSet {
        registers = List.copyOf(registers);
        providers = List.copyOf(providers);
        locations = List.copyOf(locations);
        events = List.copyOf(events);
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
