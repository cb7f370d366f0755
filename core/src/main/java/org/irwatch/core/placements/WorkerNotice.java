package org.irwatch.core.placements;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.irwatch.core.common.UserFacingException;
import org.irwatch.core.workers.Role;
import org.irwatch.core.workers.WorkerFacets;

/**
 * The anonymised notice to employers who opted in (issue #12): about how many workers on the register are looking for
 * work around an area, and in which roles — counted from the register's anonymous facets, rounded, under five said as
 * "a few", the area a council or a region: never a name or anything that identifies a person.
 *
 * @param workers the count before rounding, for the sender only; never in the text
 * @param recipients the ethical employers who want the notices
 */
public record WorkerNotice(String area, String text, int workers, List<EthicalEmployer> recipients) {

    /** Counts under this are "a few": a small number can point at a person. */
    static final int FEW = 5;

    public WorkerNotice {
        recipients = List.copyOf(recipients);
    }

    /**
     * @param councils the area's councils (GSS codes); a worker counts when their council is one of them and their
     *                 pipeline is still open (not placed, withdrawn, left the UK or lost)
     */
    public static WorkerNotice of(String area, Set<String> councils, List<WorkerFacets> facets,
                                  List<EthicalEmployer> employers) {
        List<WorkerFacets> looking = facets.stream()
                .filter(f -> !f.stage().isClosed() && councils.contains(f.councilGss())).toList();
        if (looking.isEmpty()) {
            throw new UserFacingException("No worker on the register is looking for work around " + area
                    + ": there is nothing to tell employers.");
        }
        Map<Role, Integer> roles = new EnumMap<>(Role.class);
        looking.forEach(f -> f.roles().forEach(r -> roles.merge(r, 1, Integer::sum)));
        List<String> named = roles.entrySet().stream()
                .filter(e -> e.getKey() != Role.OTHER)
                .sorted(Map.Entry.<Role, Integer>comparingByValue().reversed()
                        .thenComparing(Map.Entry.comparingByKey()))
                .map(e -> plural(e.getKey())).toList();
        String text = about(looking.size()) + " workers"
                + (named.isEmpty() ? "" : " (" + String.join(", ", named) + ")") + " looking for work around " + area
                + ". If you can offer work or sponsorship, reply to this message.";
        return new WorkerNotice(area, text, looking.size(), employers.stream()
                .filter(EthicalEmployer::wantsNotices).toList());
    }

    /** "A few" under five; to the nearest five up to fifty; to the nearest ten above. */
    static String about(int count) {
        if (count < FEW) {
            return "A few";
        }
        int step = count <= 50 ? 5 : 10;
        return "About " + Math.max(FEW, Math.round((float) count / step) * step);
    }

    private static String plural(Role role) {
        return role.label().toLowerCase(Locale.ROOT) + "s";
    }
}
