package org.irwatch.data.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import org.irwatch.core.common.FinancialQuarter;
import org.irwatch.core.council.CouncilDirectory;
import org.irwatch.core.council.Partnership;
import org.irwatch.core.council.Scope;
import org.irwatch.core.market.MarketService;
import org.irwatch.core.quarterly.QuarterlyReturn;
import org.irwatch.core.quarterly.QuarterlyReturnService;
import org.irwatch.core.quarterly.ReturnTemplate;
import org.irwatch.core.quarterly.WorkerFigures;
import org.irwatch.data.council.JooqCouncilRepository;
import org.irwatch.data.db.Database;
import org.irwatch.data.narrative.JooqNarrativeRepository;
import org.irwatch.data.market.JooqMarketRepository;
import org.irwatch.data.market.JooqMarketRows;
import org.irwatch.data.workbook.ReturnWorkbook;

/**
 * Times the DHSC quarterly return of England's largest partnership, all 153 councils, warm: the national register and
 * CQC directory imported and matched, 400 suspensions and revocations in 2026/27 Q2 (as {@link CouncilWorkbookBenchmark});
 * then the return gathered (153 councils and the area, quarter and year to date, the record IDs behind every figure)
 * and written as .xlsx. Medians of five runs after two warm-ups. Run:
 * {@code ./mvnw -q -Pbench -pl data -am verify -DskipTests -Dbench.main=org.irwatch.data.bench.ReturnBenchmark}.
 */
public final class ReturnBenchmark {

    public static void main(String[] args) throws Exception {
        try (Database db = CouncilWorkbookBenchmark.nationalMarketWithEvents(args, "return")) {
            CouncilDirectory councils = new JooqCouncilRepository(db.dsl()).loadDirectory();
            MarketService market = new MarketService(councils, new JooqMarketRepository(db.dsl()),
                    JooqMarketRows.assemblerOver(db.dsl()));
            QuarterlyReturnService returns = new QuarterlyReturnService(market,
                    (codes, period) -> WorkerFigures.unavailable("Not counted in the benchmark."), List::of,
                    (codes, year) -> List.of(), new JooqNarrativeRepository(db.dsl()), key -> key);
            Scope all = new Scope.PartnershipScope(new Partnership("All councils", councils.councils()));
            var quarter = CouncilWorkbookBenchmark.QUARTER.quarter().orElseThrow();
            QuarterlyReturn sample = gather(returns, all, quarter);
            System.out.printf(Locale.ROOT, "%s, %s: %d councils, %,d IDs on the Sources sheet, %,d bytes%n",
                    sample.area(), quarter.label(), sample.councils().size(),
                    sample.sources().stream().mapToInt(s -> s.ids().size()).sum(), write(sample));
            BenchRuns.report("DHSC return, all 153 councils (gather)",
                    CouncilWorkbookBenchmark.time(() -> gather(returns, all, quarter)));
            BenchRuns.report("DHSC return, all 153 councils (gather + .xlsx)",
                    CouncilWorkbookBenchmark.time(() -> write(gather(returns, all, quarter))));
        }
    }

    private static QuarterlyReturn gather(QuarterlyReturnService returns, Scope area,
                                          FinancialQuarter quarter) {
        return returns.gather(area, quarter, ReturnTemplate.defaults(), new QuarterlyReturnService.Preparation(
                ZonedDateTime.now(), "bench", false, List.of()));
    }

    private static int write(QuarterlyReturn written) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ReturnWorkbook.write(written, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.size();
    }

    private ReturnBenchmark() {
    }
}
