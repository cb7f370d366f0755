package org.irwatch.data.bench;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.irwatch.core.common.ProgressListener;
import org.irwatch.core.council.CouncilDirectory;
import org.irwatch.core.geo.PostcodeDistrict;
import org.irwatch.core.market.MarketService;
import org.irwatch.core.placements.PlacementLine;
import org.irwatch.core.placements.PlacementFinder;
import org.irwatch.core.placements.PlacementLines;
import org.irwatch.core.placements.PlacementMarket;
import org.irwatch.core.placements.PlacementQuery;
import org.irwatch.core.placements.PlacementResult;
import org.irwatch.core.placements.PlacementRole;
import org.irwatch.core.placements.PlacementService;
import org.irwatch.data.db.Database;
import org.irwatch.data.geo.PostcodeFileImporter;
import org.irwatch.data.market.JooqMarketRepository;
import org.irwatch.data.market.JooqMarketRows;
import org.irwatch.data.placements.JooqPlacementRows;
import org.irwatch.data.placements.JooqPlacementStore;

/**
 * Times the placement finder at national scale (two national registers of about 120,000 rows, a national CQC
 * directory of 90,000 locations, matched; the district centre table): joining the placement data (once per change of
 * data), one search warm (a care worker within 25 miles of CV1), and a fair's shortlists for 200 people (each a
 * search from a district of the data and its lines). Medians of five runs after two warm-ups. Run:
 * {@code ./mvnw -q -Pbench -pl data -am verify -DskipTests -Dbench.main=org.irwatch.data.bench.PlacementBenchmark}.
 */
public final class PlacementBenchmark {

    private static final int FAIR = 200;

    public static void main(String[] args) throws Exception {
        NationalInputs.National national = NationalInputs.build(args);
        Path folder = BenchRuns.emptyFolder(national.work(), "placements");
        try (Database db = Database.open(folder)) {
            CouncilDirectory councils = NationalDataFolder.importAndMatch(db, national);
            new PostcodeFileImporter(db.dsl()).importFile(Path.of(System.getProperty("irwatch.sharedData"))
                    .resolve("uk-outcode-centroids/outcodes.csv"), ProgressListener.NONE);
            MarketService market = new MarketService(councils, new JooqMarketRepository(db.dsl()),
                    JooqMarketRows.assemblerOver(db.dsl()));
            JooqPlacementRows rows = new JooqPlacementRows(db.dsl());
            PlacementService placements = new PlacementService(market, rows, new JooqPlacementStore(db.dsl()),
                    Clock.systemUTC(), "bench");
            PlacementMarket joined = placements.placementMarket();
            System.out.printf(Locale.ROOT, "inputs: %,d providers; %,d locations not placed%n",
                    joined.market().providers().size(), joined.unplacedLocations());

            BenchRuns.report("join the placement data (once per data change)", BenchRuns.time(() ->
                    new PlacementMarket(market.data(), rows.locationSites(), rows.districtCentres(),
                            rows.spareCertificates(), rows.employers(), rows.exclusions())));
            PlacementQuery cv1 = new PlacementQuery(PlacementRole.CARE_WORKER, new PostcodeDistrict("CV1"), 25, null);
            BenchRuns.report("one search warm: care worker, 25 miles of CV1", BenchRuns.time(() ->
                    placements.find(cv1)));
            BenchRuns.report("the same search on data already checked", BenchRuns.time(() ->
                    PlacementFinder.find(joined, cv1)));
            System.out.println("CV1 search: " + placements.find(cv1).matches().size() + " locations");

            List<PlacementQuery> fair = fair(joined);
            BenchRuns.report("shortlists for a fair of " + FAIR + " people", BenchRuns.time(() -> {
                int lines = 0;
                for (PlacementResult result : placements.findAll(fair)) {
                    List<PlacementLine> shortlist = PlacementLines.of(result, joined.market(), market::councilName,
                            false);
                    lines += shortlist.size();
                }
                return lines;
            }));
        }
    }

    /** Two hundred people at a fair: districts of the data's own locations, the three roles in turn, 10–30 miles. */
    private static List<PlacementQuery> fair(PlacementMarket joined) {
        List<PostcodeDistrict> districts = new ArrayList<>();
        joined.market().providers().forEach(p -> p.locations().forEach(l -> PostcodeDistrict.of(l.postcode())
                .filter(d -> joined.districtCentre(d) != null).ifPresent(districts::add)));
        Random random = new Random(11);
        List<PlacementQuery> fair = new ArrayList<>(FAIR);
        for (int i = 0; i < FAIR; i++) {
            fair.add(new PlacementQuery(PlacementRole.values()[i % PlacementRole.values().length],
                    districts.get(random.nextInt(districts.size())), 10 + random.nextInt(21), null));
        }
        return fair;
    }
}
