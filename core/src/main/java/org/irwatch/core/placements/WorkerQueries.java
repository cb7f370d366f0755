package org.irwatch.core.placements;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;
import org.irwatch.core.common.UserFacingException;
import org.irwatch.core.geo.PostcodeDistrict;
import org.irwatch.core.workers.Worker;

/** The finder's question for a worker on the register: their district, travel distance, role and former sponsor. */
public final class WorkerQueries {

    private WorkerQueries() {
    }

    /**
     * @param role the role to place them in; empty for the first of their roles the finder places (care worker,
     *             senior care worker, nurse, in that order)
     * @param miles the distance to search; empty for the worker's own travel distance, else the default
     */
    public static PlacementQuery forWorker(Worker worker, Optional<PlacementRole> role, Optional<Double> miles) {
        String where = worker.place() == null ? "" : worker.place().postcode();
        PostcodeDistrict district = PostcodeDistrict.of(where).orElseThrow(() -> new UserFacingException(
                "Worker " + worker.id() + " has no postcode or district on the register. Add where they live on the "
                        + "Displaced workers screen, or search by --district."));
        PlacementRole chosen = role.orElseGet(() -> Arrays.stream(PlacementRole.values())
                .filter(r -> worker.work() != null && worker.work().roles().stream()
                        .anyMatch(w -> w.name().equals(r.name())))
                .findFirst().orElseThrow(() -> new UserFacingException("Worker " + worker.id() + "'s roles ("
                        + (worker.work() == null ? "none" : worker.work().roles().stream().map(w -> w.label())
                        .collect(Collectors.joining(", "))) + ") are not ones the finder places: "
                        + PlacementRole.codes() + ". Give --role.")));
        Integer travel = worker.place().travelMiles();
        double distance = miles.orElseGet(() -> travel == null || travel <= 0 ? PlacementQuery.DEFAULT_MILES
                : travel.doubleValue());
        FormerSponsor former = worker.situation() == null ? null : new FormerSponsor(
                blankToNull(worker.situation().formerSponsorKey()), blankToNull(worker.situation().formerProviderId()),
                worker.situation().formerSponsor());
        return new PlacementQuery(chosen, district, distance, former);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
