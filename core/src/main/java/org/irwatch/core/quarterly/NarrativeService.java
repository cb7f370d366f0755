package org.irwatch.core.quarterly;

import java.time.Clock;
import java.util.Map;
import org.irwatch.core.common.FinancialQuarter;
import org.irwatch.core.council.Scope;

/**
 * Reads and saves an area's narrative for a quarter: each section at most {@link Narrative#MAX_CHARS} characters,
 * stamped with who saved it and when. Saving four empty sections forgets the narrative, so the return says none is
 * recorded rather than printing empty headings.
 */
public final class NarrativeService {

    private final NarrativeRepository repository;
    private final Clock clock;
    private final String user;

    public NarrativeService(NarrativeRepository repository, Clock clock, String user) {
        this.repository = repository;
        this.clock = clock;
        this.user = user;
    }

    /** The area's narrative for the quarter, or an empty one. */
    public Narrative of(Scope area, FinancialQuarter quarter) {
        return repository.find(area.key(), quarter).orElseGet(() -> Narrative.none(area.key(), quarter));
    }

    /**
     * @return what was kept: the texts, stamped now by the user; empty ones when all were blank
     * @throws org.irwatch.core.common.UserFacingException when a section is too long; nothing is saved then
     */
    public Narrative save(Scope area, FinancialQuarter quarter, Map<NarrativeSection, String> texts) {
        Narrative narrative = new Narrative(area.key(), quarter, texts, user, clock.instant());
        narrative.checkLengths();
        if (narrative.isEmpty()) {
            repository.remove(area.key(), quarter);
            return Narrative.none(area.key(), quarter);
        }
        repository.save(narrative);
        return narrative;
    }
}
