package org.irwatch.core.council;

import java.util.Optional;

/** What the user is looking at: one council, one region, or all of England. */
public sealed interface Scope {

    String label();

    /** A stable text form for settings ("council:E08000025", "region:E12000005", "england"). */
    String key();

    static Scope england() {
        return England.INSTANCE;
    }

    /** Reads {@link #key()} back; empty when the council or region no longer exists. */
    static Optional<Scope> fromKey(String key, CouncilDirectory directory) {
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
}
