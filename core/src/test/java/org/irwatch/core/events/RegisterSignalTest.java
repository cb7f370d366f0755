package org.irwatch.core.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A register signal belongs to the areas where its provider has locations. */
class RegisterSignalTest {

    private static final String COVENTRY = "E08000026";
    private static final String WARWICK = "E07000222";

    @Test
    void aSignalTouchesTheAreasOfItsProvidersCouncils() {
        RegisterSignal signal = signal(Set.of(COVENTRY, WARWICK));

        assertThat(signal.touches(Set.of(COVENTRY))).isTrue();
        assertThat(signal.touches(Set.of("E08000025"))).isFalse();
    }

    @Test
    void aSignalWhoseProviderHasNoPlacedLocationIsKeptEverywhere() {
        assertThat(signal(Set.of()).touches(Set.of(COVENTRY))).isTrue();
    }

    private static RegisterSignal signal(Set<String> councils) {
        return new RegisterSignal("key", "Some Care Ltd", "Coventry", EnforcementAction.DOWNGRADED_TO_B,
                LocalDate.of(2026, 10, 27), "A", "B", null, councils);
    }
}
