package org.irwatch.core.market;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.irwatch.core.council.Council;
import org.irwatch.core.council.CouncilDirectory;
import org.irwatch.core.council.Scope;

/** Answers market questions for a {@link Scope}, turning it into the councils it covers. */
public final class MarketService {

    private final CouncilDirectory councils;
    private final MarketRepository repository;

    public MarketService(CouncilDirectory councils, MarketRepository repository) {
        this.councils = councils;
        this.repository = repository;
    }

    public MarketFigures figures(Scope scope) {
        return repository.figures(councilCodes(scope));
    }

    public List<ProviderSummary> providers(Scope scope) {
        return repository.providers(councilCodes(scope));
    }

    public List<ProviderLocation> locationsOf(String providerId) {
        return repository.locationsOf(providerId);
    }

    public Optional<RegisterEntry> registerEntry(String organisationKey) {
        return repository.registerEntry(organisationKey);
    }

    /** The GSS codes of the councils a scope covers, as other services take them. */
    public Set<String> councilCodes(Scope scope) {
        List<Council> covered = switch (scope) {
            case Scope.England england -> councils.councils();
            case Scope.RegionScope region -> councils.inRegion(region.region());
            case Scope.CouncilScope council -> List.of(council.council());
        };
        return covered.stream().map(Council::gssCode).collect(Collectors.toUnmodifiableSet());
    }
}
