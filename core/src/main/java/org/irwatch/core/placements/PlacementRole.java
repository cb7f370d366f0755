package org.irwatch.core.placements;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A role a displaced worker can take, and the services that employ it (ADR 0032): a nurse works where nursing is
 * given (nursing homes); care workers and senior care workers in every adult social care service.
 */
public enum PlacementRole {
    CARE_WORKER("care-worker", "Care worker", List.of()),
    SENIOR_CARE_WORKER("senior-care-worker", "Senior care worker", List.of()),
    NURSE("nurse", "Nurse", List.of("Nursing homes"));

    private final String code;
    private final String label;
    /** The service types that take the role; empty for every adult social care service. */
    private final List<String> services;

    PlacementRole(String code, String label, List<String> services) {
        this.code = code;
        this.label = label;
        this.services = services;
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    /** The role written as a code ("care-worker") or a label ("Care worker"); empty when it is neither. */
    public static Optional<PlacementRole> of(String text) {
        String wanted = text == null ? "" : text.strip().toLowerCase(Locale.ROOT).replace(' ', '-');
        return Arrays.stream(values()).filter(r -> r.code.equals(wanted)).findFirst();
    }

    /** Whether a location giving these services employs the role. */
    public boolean suits(List<String> serviceTypes) {
        return services.isEmpty() || serviceTypes.stream().anyMatch(t -> services.stream().anyMatch(t::equalsIgnoreCase));
    }

    /** Why the services suit the role, or why not, in words. */
    public String serviceReason(List<String> serviceTypes) {
        String given = serviceTypes.isEmpty() ? "adult social care" : String.join(", ", serviceTypes);
        return suits(serviceTypes)
                ? given + (services.isEmpty() ? "" : ": employs " + label.toLowerCase(Locale.ROOT) + "s")
                : given + ": no " + String.join(" or ", services).toLowerCase(Locale.ROOT) + " for a "
                + label.toLowerCase(Locale.ROOT);
    }

    public static String codes() {
        return String.join(", ", Arrays.stream(values()).map(PlacementRole::code).toList());
    }
}
