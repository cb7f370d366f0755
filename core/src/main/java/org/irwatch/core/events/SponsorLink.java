package org.irwatch.core.events;

import java.util.Set;

/**
 * Where a sponsor name leads: the register organisation, its CQC provider and that provider's councils, or why it
 * leads nowhere.
 *
 * @param sponsor null when no register snapshot held has the name (see {@code problem})
 * @param provider null when the organisation is matched to no provider
 * @param problem null when the sponsor was found; otherwise what is wrong, in a sentence
 */
public record SponsorLink(RegisterSponsor sponsor, LinkedProvider provider, Set<String> councils, String problem) {

    public SponsorLink {
        councils = Set.copyOf(councils);
    }

    static SponsorLink notFound(String problem) {
        return new SponsorLink(null, null, Set.of(), problem);
    }

    public boolean isFound() {
        return sponsor != null;
    }
}
