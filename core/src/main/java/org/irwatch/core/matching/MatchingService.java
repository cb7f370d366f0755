package org.irwatch.core.matching;

import java.util.List;
import org.irwatch.core.common.ProgressListener;
import org.irwatch.core.common.UserFacingException;

/** Matches the care providers of the latest CQC data to the organisations of the latest register. */
public final class MatchingService {

    private final MatchInputs inputs;

    public MatchingService(MatchInputs inputs) {
        this.inputs = inputs;
    }

    public List<MatchResult> matchLatest(ProgressListener progress) {
        progress.progress("Reading the register", 0, -1);
        List<SponsorEntry> sponsors = inputs.sponsors();
        progress.progress("Reading the CQC providers", 0, -1);
        List<ProviderEntry> providers = inputs.careProviders();
        if (sponsors.isEmpty() || providers.isEmpty()) {
            throw new UserFacingException("Matching needs a register snapshot and a CQC snapshot; "
                    + (sponsors.isEmpty() ? "no register" : "no CQC data") + " is held. Import one first.");
        }
        return new SponsorMatcher(sponsors).matchAll(providers, progress);
    }
}
