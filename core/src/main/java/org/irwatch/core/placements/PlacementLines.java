package org.irwatch.core.placements;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.irwatch.core.market.MarketData;

/**
 * Turns the finder's answer into the lines every output shows. Restricted data (spare certificates) is in the lines
 * only when asked for (ADR 0032): the screen asks and tags it, shared files do not unless the user chooses to.
 */
public final class PlacementLines {

    private PlacementLines() {
    }

    /** @param councilName the council's name from its GSS code */
    public static List<PlacementLine> of(PlacementResult result, MarketData market,
                                         Function<String, String> councilName, boolean withRestricted) {
        List<PlacementLine> lines = new ArrayList<>(result.matches().size());
        PlacementRole role = result.query().role();
        int rank = 0;
        for (PlacementMatch m : result.matches()) {
            EthicalEmployer employer = m.employer();
            boolean restricted = withRestricted && m.factors().stream().anyMatch(PlacementFactor::restricted);
            lines.add(new PlacementLine(++rank, m.group(), m.location().locationId(), m.location().name(),
                    m.location().postcode(), m.provider().providerId(), m.provider().name(),
                    councilName.apply(m.location().councilGssCode()), m.miles(),
                    m.provider().registerEntry() == null ? "" : m.provider().registerEntry().ratings(),
                    market.ratingText(m.location()), withRestricted ? m.spareCos() : null, m.vacancies(role),
                    employer == null ? "" : String.join(", ",
                            employer.vacanciesOf(role).stream().map(Vacancy::describe).toList()),
                    employer == null ? "" : employer.contact(), m.score(), m.reasons(withRestricted), restricted));
        }
        return lines;
    }
}
