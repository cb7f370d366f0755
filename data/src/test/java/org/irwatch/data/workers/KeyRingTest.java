package org.irwatch.data.workers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import org.irwatch.core.workers.WrongPassphraseException;
import org.junit.jupiter.api.Test;

class KeyRingTest {

    @Test
    void aRecoveryKeyIsReadHoweverItIsTyped() {
        byte[] key = new byte[20];
        new SecureRandom().nextBytes(key);
        String text = KeyRing.format(key);
        assertThat(text).matches("([0-9A-Z]{4}-){7}[0-9A-Z]{4}").doesNotContain("I", "L", "O", "U");
        assertThat(KeyRing.parse(text)).isEqualTo(key);
        assertThat(KeyRing.parse(text.toLowerCase(java.util.Locale.ROOT).replace("-", " "))).isEqualTo(key);
        assertThat(KeyRing.parse(text.replace('0', 'O').replace('1', 'I'))).isEqualTo(key);
        assertThat(KeyRing.parse(text.substring(5))).isNull();
    }

    @Test
    void theDataKeyOpensWithThePassphraseOrTheRecoveryKeyAndNothingElse() {
        KeyRing ring = new KeyRing(new SecureRandom());
        KeyRing.Created created = ring.create("first passphrase".toCharArray());
        KeyRing.Stored stored = created.stored();

        assertThat(stored.iterations()).isGreaterThanOrEqualTo(600_000);
        assertThat(ring.openWithPassphrase(stored, "first passphrase".toCharArray()).getEncoded())
                .isEqualTo(created.dataKey().getEncoded());
        assertThat(ring.openWithRecoveryKey(stored, created.recoveryKey().text()).getEncoded())
                .isEqualTo(created.dataKey().getEncoded());
        assertThatThrownBy(() -> ring.openWithPassphrase(stored, "First passphrase".toCharArray()))
                .isInstanceOf(WrongPassphraseException.class).hasMessage(KeyRing.WRONG_PASSPHRASE);
        KeyRing.Stored changed = ring.rewrapped(stored, created.dataKey(), "second passphrase".toCharArray());
        assertThat(ring.openWithPassphrase(changed, "second passphrase".toCharArray()).getEncoded())
                .isEqualTo(created.dataKey().getEncoded());
        assertThat(changed.passphraseSalt()).isNotEqualTo(stored.passphraseSalt());
        assertThatThrownBy(() -> ring.openWithPassphrase(changed, "first passphrase".toCharArray()))
                .isInstanceOf(WrongPassphraseException.class);
    }
}
