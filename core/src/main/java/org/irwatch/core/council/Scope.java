package org.irwatch.core.council;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** What the user is looking at: one council, one region, a partnership of councils, or all of England. */
public sealed interface Scope {

    String label();

    /**
     * A stable text form for settings ("council:E08000025", "region:E12000005", "partnership:Coventry and
     * Warwickshire", "england").
     */
    String key();

    static Scope england() {
        return England.INSTANCE;
    }

    /** Every area, as pickers offer them: England first, then the partnerships, then each region and its councils. */
    static List<Scope> all(CouncilDirectory directory, List<Partnership> partnerships) {
        List<Scope> choices = new ArrayList<>();
        choices.add(england());
        partnerships.forEach(partnership -> choices.add(new PartnershipScope(partnership)));
        for (Region region : directory.regions()) {
            choices.add(new RegionScope(region));
            directory.inRegion(region).forEach(council -> choices.add(new CouncilScope(council)));
        }
        return choices;
    }

    /** Reads {@link #key()} back; empty when the council, region or partnership no longer exists. */
    static Optional<Scope> fromKey(String key, CouncilDirectory directory, List<Partnership> partnerships) {
        if (key == null || key.equals(England.INSTANCE.key())) {
            return Optional.of(england());
        }
        if (key.startsWith("council:")) {
            return directory.byGssCode(key.substring(8)).map(CouncilScope::new);
        }
        if (key.startsWith("region:")) {
            String code = key.substring(7);
            return directory.regions().stream().filter(r -> r.code().equals(code)).findFirst().map(RegionScope::new);
        }
        if (key.startsWith(PartnershipScope.PREFIX)) {
            return Partnerships.find(partnerships, key.substring(PartnershipScope.PREFIX.length()))
                    .map(PartnershipScope::new);
        }
        return Optional.empty();
    }

    enum England implements Scope {
        INSTANCE;

        @Override
        public String label() {
            return "England";
        }

        @Override
        public String key() {
            return "england";
        }

    }

    record RegionScope(Region region) implements Scope {
        @Override
        public String label() {
            return region.onsName() + " (region)";
        }

        @Override
        public String key() {
            return "region:" + region.code();
        }

    }

    record CouncilScope(Council council) implements Scope {
        @Override
        public String label() {
            return council.name();
        }

        @Override
        public String key() {
            return "council:" + council.gssCode();
        }

    }

    /** A named set of councils; its key holds its name, which is unique. */
    record PartnershipScope(Partnership partnership) implements Scope {
        static final String PREFIX = "partnership:";

        @Override
        public String label() {
            return partnership.name() + " (partnership)";
        }

        @Override
        public String key() {
            return PREFIX + partnership.name();
        }
    }
}
