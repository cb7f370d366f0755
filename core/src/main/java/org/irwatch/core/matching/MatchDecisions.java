package org.irwatch.core.matching;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** People's decisions as matching applies them: at most one confirmed sponsor per provider, any number rejected. */
public final class MatchDecisions {

    public static final MatchDecisions NONE = new MatchDecisions(List.of());

    private final Map<String, MatchDecision> confirmed = new HashMap<>();
    private final Set<String> rejected = new HashSet<>();

    public MatchDecisions(List<MatchDecision> decisions) {
        for (MatchDecision decision : decisions) {
            if (decision.verdict() == Verdict.CONFIRMED) {
                confirmed.merge(decision.providerId(), decision,
                        (a, b) -> a.decidedAt().isAfter(b.decidedAt()) ? a : b);
            } else {
                rejected.add(pair(decision.providerId(), decision.sponsorKey()));
            }
        }
    }

    /** The confirmed decision of a provider, or null. */
    public MatchDecision confirmed(String providerId) {
        return confirmed.get(providerId);
    }

    public boolean isRejected(String providerId, String sponsorKey) {
        return rejected.contains(pair(providerId, sponsorKey));
    }

    private static String pair(String providerId, String sponsorKey) {
        return providerId + "\n" + sponsorKey;
    }
}
