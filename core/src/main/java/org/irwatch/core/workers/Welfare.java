package org.irwatch.core.workers;

import java.util.List;
import java.util.Map;

/**
 * The welfare answers: each concern said yes to, with its note, and the referrals made.
 *
 * @param concerns the concerns answered yes, each with its note (empty text for none)
 */
public record Welfare(Map<WelfareConcern, String> concerns, List<Referral> referrals) {

    public static final Welfare NONE = new Welfare(Map.of(), List.of());

    public Welfare {
        concerns = Map.copyOf(concerns);
        referrals = List.copyOf(referrals);
    }
}
