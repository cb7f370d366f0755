package org.irwatch.app.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.irwatch.app.wiring.AppServices;
import org.irwatch.core.common.UserFacingException;
import org.irwatch.core.geo.PostcodeDistrict;
import org.irwatch.core.geo.StraightLineMiles;
import org.irwatch.core.placements.PlacementLine;
import org.irwatch.core.placements.PlacementLines;
import org.irwatch.core.placements.PlacementQuery;
import org.irwatch.core.placements.PlacementResult;
import org.irwatch.core.placements.PlacementRole;
import org.irwatch.core.placements.WorkerQueries;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code irwatch placements (--district CV1 --role care-worker | --worker ID) [--miles 25] [--out FILE.csv]}: ethical
 * sponsors with room for a displaced worker, ranked, each with its reasons.
 */
@Command(name = "placements", description = {"Locations that could take a displaced worker: providers with an "
        + "A-rated Skilled Worker licence on the newest register, no open enforcement event, within the distance "
        + "(straight-line miles), best rated first, each with its reasons.",
    "Columns: rank,cqc_location_id,location_name,cqc_provider_id,provider_name,council,distance_miles,licence_rating,"
        + "cqc_rating,spare_cos,vacancies,score,reasons."})
final class PlacementsCommand implements Callable<Integer> {

    @ParentCommand
    IrWatchCommand parent;

    @Spec
    CommandSpec spec;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Who who;

    /** A role at a district, or a worker on the register. */
    static final class Who {
        @ArgGroup(exclusive = false)
        Place place;

        @Option(names = "--worker", paramLabel = "ID", description = "A worker on the displaced workers register: "
                + "their district, travel distance, role and former sponsor (never offered). Needs the passphrase.")
        Long worker;
    }

    static final class Place {
        @Option(names = "--district", required = true, paramLabel = "DISTRICT",
                description = "Where the worker is: a postcode district (CV1) or a full postcode.")
        String district;

        @Option(names = "--role", required = true, paramLabel = "ROLE",
                description = "care-worker, senior-care-worker or nurse.")
        String role;
    }

    @Option(names = "--miles", paramLabel = "N", defaultValue = "25",
            description = "How far the worker can travel, in straight-line miles (default ${DEFAULT-VALUE}).")
    double miles;

    @Option(names = "--include-restricted", description = "Fill spare_cos and the reasons with the restricted "
            + "certificates of sponsorship data. Only for people covered by the UKVI data-sharing agreement.")
    boolean includeRestricted;

    @Mixin
    CsvOut csv;

    @Mixin
    PassphraseOption passphrase;

    @Override
    public Integer call() {
        if (!(miles > 0) || miles > 1000) {
            throw new UserFacingException("--miles must be more than 0 and at most 1,000.");
        }
        PrintWriter terminal = spec.commandLine().getOut();
        try (AppServices services = AppServices.open(parent.dataDirectory())) {
            PlacementQuery query = who.worker == null ? query(who.place) : workerQuery(services, who.worker);
            PlacementResult result = services.placements().find(query);
            List<PlacementLine> lines = PlacementLines.of(result, services.placements().placementMarket().market(),
                    services.market()::councilName, includeRestricted);
            csv.write(terminal, lines.size(), "locations within " + format(query.miles()) + " "
                    + StraightLineMiles.LABEL + " of " + query.district(),
                    out -> services.placementFormats().placements().write(lines, out));
            PrintWriter err = spec.commandLine().getErr();
            if (!result.leftOut().isEmpty()) {
                err.println("Left out within reach: " + String.join("; ", result.leftOut().entrySet().stream()
                        .map(e -> String.format("%,d %s", e.getValue(), e.getKey())).toList()) + ".");
            }
            result.excluded().forEach(e -> err.println("Excluded by " + e.exclusion().excludedBy() + ": "
                    + e.providerName() + " (" + e.exclusion().reason() + ")"));
            err.flush();
        }
        terminal.flush();
        return 0;
    }

    private PlacementQuery query(Place place) {
        PlacementRole role = PlacementRole.of(place.role).orElseThrow(() -> new UserFacingException("'" + place.role
                + "' is not a role IR Watch places. Use one of: " + PlacementRole.codes() + "."));
        PostcodeDistrict district = PostcodeDistrict.of(place.district).orElseThrow(() -> new UserFacingException(
                "'" + place.district + "' is not a postcode district or postcode. Give one like CV1 or CV1 2AB."));
        return new PlacementQuery(role, district, miles, null);
    }

    /** The worker's own question; --miles only when given, else their travel distance. */
    private PlacementQuery workerQuery(AppServices services, long workerId) {
        passphrase.unlock(services.workers(), System.getenv());
        boolean milesGiven = spec.commandLine().getParseResult().hasMatchedOption("--miles");
        return WorkerQueries.forWorker(services.workers().find(workerId), Optional.empty(),
                milesGiven ? Optional.of(miles) : Optional.empty());
    }

    private static String format(double miles) {
        return miles == Math.rint(miles) ? String.valueOf((long) miles) : String.valueOf(miles);
    }
}
