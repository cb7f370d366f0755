package org.irwatch.core.events;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.irwatch.core.register.OrganisationKey;
import org.irwatch.core.register.RegisterChange;
import org.irwatch.core.register.RegisterChangesService;

/**
 * The register's early warnings: care sponsors (register organisations matched to a CQC provider) removed or
 * downgraded to B between the two newest register snapshots, less those already recorded as events.
 */
public final class RegisterSignals {

    private final RegisterChangesService changes;
    private final SponsorLookup lookup;
    private final EventService events;

    public RegisterSignals(RegisterChangesService changes, SponsorLookup lookup, EventService events) {
        this.changes = changes;
        this.lookup = lookup;
        this.events = events;
    }

    /** Signals, newest register first then by name; empty when fewer than two register snapshots are held. */
    public List<RegisterSignal> current() {
        Optional<RegisterChangesService.Comparison> latest = changes.latest();
        if (latest.isEmpty()) {
            return List.of();
        }
        RegisterChangesService.Comparison comparison = latest.get();
        List<RegisterChange> warnings = comparison.changes().stream()
                .filter(c -> c.change() == org.irwatch.core.register.ChangeType.REMOVED || c.isDowngradeToB())
                .toList();
        Map<String, LinkedProvider> providers = lookup.providersOf(warnings.stream()
                .map(c -> OrganisationKey.of(c.organisationName(), c.town())).collect(Collectors.toSet()));
        Map<String, Set<String>> councils = lookup.councilsOf(providers.values().stream()
                .map(LinkedProvider::providerId).collect(Collectors.toSet()));
        Set<EventIdentity> recorded = events.events().stream().map(EventIdentity::of).collect(Collectors.toSet());
        List<RegisterSignal> signals = new ArrayList<>();
        for (RegisterChange change : warnings) {
            String key = OrganisationKey.of(change.organisationName(), change.town());
            LinkedProvider provider = providers.get(key);
            if (provider == null) {
                continue; // not a care sponsor as far as matching knows
            }
            EnforcementAction action = change.isDowngradeToB() ? EnforcementAction.DOWNGRADED_TO_B
                    : EnforcementAction.REMOVED_FROM_REGISTER;
            RegisterSignal signal = new RegisterSignal(key, change.organisationName(), change.town(), action,
                    comparison.to().dataDate(), change.before(), change.after(), provider,
                    councils.getOrDefault(provider.providerId(), Set.of()));
            if (!recorded.contains(new EventIdentity(key, action, signal.registerDate()))) {
                signals.add(signal);
            }
        }
        signals.sort(Comparator.comparing(RegisterSignal::sponsorName, String.CASE_INSENSITIVE_ORDER));
        return signals;
    }

    /** Records a signal as an event, as the register says it (no notice date, no worker count). */
    public EnforcementEvent confirm(RegisterSignal signal) {
        return events.record(signal.draft());
    }
}
