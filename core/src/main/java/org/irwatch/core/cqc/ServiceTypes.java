package org.irwatch.core.cqc;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** The CQC service types that make a location adult social care, and how the CQC files write them. */
public final class ServiceTypes {

    private static final Set<String> ADULT_SOCIAL_CARE = Set.of("homecare agencies", "residential homes",
            "nursing homes", "supported living", "extra care housing", "shared lives");
    private static final Set<String> CARE_HOME = Set.of("residential homes", "nursing homes");
    private static final String HOME_CARE = "homecare agencies";

    private ServiceTypes() {
    }

    /** Splits a cell like "Homecare agencies, Supported living" (CQC also uses "|" in some exports). */
    public static List<String> split(String cell) {
        List<String> types = new ArrayList<>();
        if (cell == null) {
            return types;
        }
        for (String part : cell.split("[,|]")) {
            if (!part.isBlank()) {
                types.add(part.strip());
            }
        }
        return types;
    }

    public static boolean isAdultSocialCare(List<String> types) {
        return types.stream().anyMatch(t -> ADULT_SOCIAL_CARE.contains(t.toLowerCase(Locale.ROOT)));
    }

    public static boolean isCareHome(List<String> types) {
        return types.stream().anyMatch(t -> CARE_HOME.contains(t.toLowerCase(Locale.ROOT)));
    }

    public static boolean isHomeCare(List<String> types) {
        return types.stream().anyMatch(t -> t.equalsIgnoreCase(HOME_CARE));
    }
}
