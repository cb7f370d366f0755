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
    /** Rejected register keys by provider ID. */
    private final Map<String, Set<String>> rejected = new HashMap<>();

    public MatchDecisions(List<MatchDecision> decisions) {
        for (MatchDecision decision : decisions) {
            if (decision.verdict() == Verdict.CONFIRMED) {
                confirmed.merge(decision.providerId(), decision,
                        (a, b) -> a.decidedAt().isAfter(b.decidedAt()) ? a : b);
            } else {
                rejected.computeIfAbsent(decision.providerId(), id -> new HashSet<>()).add(decision.sponsorKey());
            }
        }
    }

    /** The confirmed decision of a provider, or null. */
    public MatchDecision confirmed(String providerId) {
        return confirmed.get(providerId);
    }

    public boolean isRejected(String providerId, String sponsorKey) {
        Set<String> keys = rejected.get(providerId);
        return keys != null && keys.contains(sponsorKey);
    }

    /** Whether any sponsor was rejected for this provider. */
    public boolean hasRejections(String providerId) {
        return rejected.containsKey(providerId);
    }
}
