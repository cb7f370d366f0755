package org.irwatch.core.market;

import java.util.List;
import java.util.Set;

/** Reads the market of a set of councils (given by GSS code) from the latest CQC snapshot. */
public interface MarketRepository {

    MarketFigures figures(Set<String> councilGssCodes);

    List<ProviderSummary> providers(Set<String> councilGssCodes);
}
