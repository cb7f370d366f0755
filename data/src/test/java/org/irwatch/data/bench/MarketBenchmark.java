package org.irwatch.data.bench;

import java.nio.file.Path;
import java.util.Locale;
import org.irwatch.core.council.CouncilDirectory;
import org.irwatch.core.council.Scope;
import org.irwatch.core.market.MarketAssembler;
import org.irwatch.core.market.MarketData;
import org.irwatch.core.market.MarketFigure;
import org.irwatch.core.market.MarketService;
import org.irwatch.core.market.ScopedMarket;
import org.irwatch.data.db.Database;
import org.irwatch.data.market.JooqMarketRepository;
import org.irwatch.data.market.JooqMarketRows;

/**
 * Times the Market screen at national scale on a real H2 file database holding two national registers (about 120,000
 * rows each, a month apart) and a national CQC directory (90,000 locations), matched: reading and joining the whole
 * market (once per change of data), building a council's market (the council switch: fingerprint check, figures,
 * lists), a region's, and England's watch list. Medians of five runs after two warm-ups. Run:
 * {@code ./mvnw -q -Pbench -pl data -am verify -DskipTests -Dbench.main=org.irwatch.data.bench.MarketBenchmark}.
 */
public final class MarketBenchmark {

    public static void main(String[] args) throws Exception {
        NationalInputs.National national = NationalInputs.build(args);
        Path folder = BenchRuns.emptyFolder(national.work(), "market");
        try (Database db = Database.open(folder)) {
            CouncilDirectory councils = NationalDataFolder.importAndMatch(db, national);

            MarketAssembler assembler = JooqMarketRows.assemblerOver(db.dsl());
            MarketService market = new MarketService(councils, new JooqMarketRepository(db.dsl()), assembler);
            ScopedMarket england = market.market(Scope.england());
            Scope council = new Scope.CouncilScope(councils.byGssCode("E08000025").orElseThrow());
            Scope region = new Scope.RegionScope(councils.byGssCode("E08000025").orElseThrow().region());
            System.out.printf(Locale.ROOT, "inputs: %,d adult social care locations of %,d providers, %,d sponsors;"
                            + " %s: %,d locations%n", england.value(MarketFigure.LOCATIONS),
                    england.value(MarketFigure.PROVIDERS), england.value(MarketFigure.SPONSORS), council.label(),
                    market.market(council).value(MarketFigure.LOCATIONS));

            BenchRuns.report("read and join the whole market (once per data change)",
                    BenchRuns.time(() -> MarketData.of(assembler.read())));
            BenchRuns.report("council switch: " + council.label(), BenchRuns.time(() -> market.market(council)));
            BenchRuns.report("region: " + region.label(), BenchRuns.time(() -> market.market(region)));
            BenchRuns.report("England market", BenchRuns.time(() -> market.market(Scope.england())));
            BenchRuns.report("England watch list (market and ranking)",
                    BenchRuns.time(() -> market.watchList(Scope.england())));
            System.out.println("watch list: " + market.watchList(Scope.england()).size() + " providers in England");
        }
    }
}
