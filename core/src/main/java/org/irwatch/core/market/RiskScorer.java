package org.irwatch.core.market;

import java.util.ArrayList;
import java.util.List;
import org.irwatch.core.common.UkDates;
import org.irwatch.core.cqc.OverallRating;

/** Scores a provider with the weights of {@link RiskWeights}; see docs/risk-score.md. */
public final class RiskScorer {


    private RiskScorer() {
    }

    public static RiskScore score(MarketProvider provider) {
        List<RiskFactor> factors = new ArrayList<>();
        licence(provider, factors);
        if (provider.hasBRating() || provider.downgradedSinceLast()
                || provider.status() == LicenceStatus.DOWNGRADED_TO_B) {
            factors.add(new RiskFactor("B rating", RiskWeights.B_RATING, provider.downgradedSinceLast()
                    ? "downgraded to B on the newest register" : "holds a B-rated licence"));
        }
        cqcRating(provider, factors);
        long homeCare = provider.locations().stream().filter(MarketLocation::homeCare).count();
        if (homeCare > 0) {
            factors.add(new RiskFactor("Home care", RiskWeights.HOME_CARE,
                    homeCare + " home care location" + (homeCare == 1 ? "" : "s")));
        }
        int councils = provider.councils().size();
        if (councils > 1) {
            factors.add(new RiskFactor("Councils", Math.min(RiskWeights.EXTRA_COUNCILS_CAP,
                    (councils - 1) * RiskWeights.PER_EXTRA_COUNCIL), "locations in " + councils + " councils"));
        }
        if (provider.newOnRegister()) {
            factors.add(new RiskFactor("New sponsor", RiskWeights.NEW_ON_REGISTER, "added on the newest register"));
        }
        int workers = provider.workersAtRisk();
        if (workers >= RiskWeights.WORKERS_PER_POINT) {
            factors.add(new RiskFactor("Workers affected", Math.min(RiskWeights.WORKERS_CAP,
                    workers / RiskWeights.WORKERS_PER_POINT), workers + " workers affected"));
        }
        return new RiskScore(factors);
    }

    private static void licence(MarketProvider provider, List<RiskFactor> factors) {
        String since = provider.latestEvent().map(e -> " since " + UkDates.day(e.actionDate())).orElse("");
        switch (provider.status()) {
            case REVOKED -> factors.add(new RiskFactor("Revoked", RiskWeights.REVOKED, "licence revoked" + since));
            case SUSPENDED -> factors.add(new RiskFactor("Suspended", RiskWeights.SUSPENDED,
                    "licence suspended" + since));
            case SURRENDERED -> factors.add(new RiskFactor("Surrendered", RiskWeights.SURRENDERED,
                    "licence surrendered" + since));
            case REMOVED_FROM_REGISTER -> factors.add(new RiskFactor("Removed from register",
                    RiskWeights.REMOVED_FROM_REGISTER, "recorded as removed" + since));
            case ACTIVE, DOWNGRADED_TO_B -> {
                if (provider.removedFromRegisterSinceLast()) {
                    factors.add(new RiskFactor("Removed from register", RiskWeights.REMOVED_FROM_REGISTER,
                            "'" + provider.sponsorName() + "' is not on the newest register"));
                }
            }
        }
    }

    private static void cqcRating(MarketProvider provider, List<RiskFactor> factors) {
        long inadequate = count(provider, OverallRating.INADEQUATE);
        long requiresImprovement = count(provider, OverallRating.REQUIRES_IMPROVEMENT);
        if (inadequate > 0) {
            factors.add(new RiskFactor("CQC Inadequate", RiskWeights.CQC_INADEQUATE,
                    inadequate + " location" + (inadequate == 1 ? "" : "s") + " rated Inadequate"));
        } else if (requiresImprovement > 0) {
            factors.add(new RiskFactor("CQC Requires improvement", RiskWeights.CQC_REQUIRES_IMPROVEMENT,
                    requiresImprovement + " location" + (requiresImprovement == 1 ? "" : "s")
                            + " rated Requires improvement"));
        }
    }

    private static long count(MarketProvider provider, OverallRating rating) {
        return provider.locations().stream().filter(l -> l.rating() == rating).count();
    }
}
