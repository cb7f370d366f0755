package org.irwatch.app.workers;

import static org.assertj.core.api.Assertions.assertThat;

import org.irwatch.core.workers.WorkerService;
import org.junit.jupiter.api.Test;

class PassphraseHintTest {

    @Test
    void theHintRefusesWhatTheRegisterRefuses() {
        String shortest = "a".repeat(WorkerService.MIN_PASSPHRASE - 1);
        assertThat(PassphraseHint.of(shortest)).isEqualTo(PassphraseHint.TOO_SHORT);
        assertThat(PassphraseHint.of("   " + shortest + "   ")).as("spaces at the ends do not count")
                .isEqualTo(PassphraseHint.TOO_SHORT);
        assertThat(PassphraseHint.TOO_SHORT.text()).contains("at least " + WorkerService.MIN_PASSPHRASE);
    }

    @Test
    void lengthCountsMostThenKindsOfCharacter() {
        assertThat(PassphraseHint.of("aaaaaaaaaaaa")).as("one letter repeated").isEqualTo(PassphraseHint.WEAK);
        assertThat(PassphraseHint.of("kettle lamp")).isEqualTo(PassphraseHint.WEAK);
        assertThat(PassphraseHint.of("Kettle lamp 7")).isEqualTo(PassphraseHint.FAIR);
        assertThat(PassphraseHint.of("kettle lamp orchard")).isEqualTo(PassphraseHint.FAIR);
        assertThat(PassphraseHint.of("kettle lamp orchard river")).isEqualTo(PassphraseHint.STRONG);
        assertThat(PassphraseHint.of("kettle lamp orchard river").isAcceptable()).isTrue();
    }
}
