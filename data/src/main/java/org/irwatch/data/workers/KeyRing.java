package org.irwatch.data.workers;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;
import org.irwatch.core.workers.RecoveryKey;
import org.irwatch.core.workers.WrongPassphraseException;

/**
 * The register's keys (ADR 0028): a random 256-bit data key that seals the records, kept only wrapped — under a key
 * derived from the passphrase with PBKDF2-HMAC-SHA256 and a random salt, and under the recovery key (160 random bits,
 * so one HMAC-SHA256 with its own salt is enough to make a wrapping key of it).
 */
final class KeyRing {

    static final String KDF = "PBKDF2WithHmacSHA256";
    static final int ITERATIONS = 600_000;
    private static final int SALT_BYTES = 16;
    private static final int RECOVERY_BYTES = 20;
    private static final String BASE32 = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private static final byte[] DATA_KEY = "irwatch data key v1".getBytes(StandardCharsets.US_ASCII);

    static final String WRONG_PASSPHRASE = "That passphrase does not open the displaced workers register. Check it "
            + "(it is case-sensitive) and try again; if it is forgotten, the data controller can open the register "
            + "with the recovery key.";
    static final String WRONG_RECOVERY_KEY = "That recovery key does not open the displaced workers register. Check "
            + "it against the one written down at set-up.";

    /** The stored form: salts and wrapped keys. */
    record Stored(int iterations, byte[] passphraseSalt, byte[] passphraseWrapped, byte[] recoverySalt,
                  byte[] recoveryWrapped) {
    }

    /** A new key ring: its stored form, the data key and the recovery key to show once. */
    record Created(Stored stored, SecretKey dataKey, RecoveryKey recoveryKey) {
    }

    private final SecureRandom random;

    KeyRing(SecureRandom random) {
        this.random = random;
    }

    Created create(char[] passphrase) {
        byte[] dataKey = bytes(32);
        byte[] recovery = bytes(RECOVERY_BYTES);
        byte[] passphraseSalt = bytes(SALT_BYTES);
        byte[] recoverySalt = bytes(SALT_BYTES);
        Stored stored = new Stored(ITERATIONS, passphraseSalt,
                wrap(passphraseKey(passphrase, passphraseSalt, ITERATIONS), dataKey), recoverySalt,
                wrap(recoveryWrappingKey(recovery, recoverySalt), dataKey));
        return new Created(stored, aes(dataKey), new RecoveryKey(format(recovery)));
    }

    /** The stored form with the data key wrapped under a new passphrase and a new salt; the recovery key unchanged. */
    Stored rewrapped(Stored stored, SecretKey dataKey, char[] passphrase) {
        byte[] salt = bytes(SALT_BYTES);
        return new Stored(ITERATIONS, salt, wrap(passphraseKey(passphrase, salt, ITERATIONS), dataKey.getEncoded()),
                stored.recoverySalt(), stored.recoveryWrapped());
    }

    SecretKey openWithPassphrase(Stored stored, char[] passphrase) {
        SecretKey key = passphraseKey(passphrase, stored.passphraseSalt(), stored.iterations());
        return unwrap(key, stored.passphraseWrapped(), WRONG_PASSPHRASE);
    }

    SecretKey openWithRecoveryKey(Stored stored, String recoveryKey) {
        byte[] recovery = parse(recoveryKey);
        if (recovery == null) {
            throw new WrongPassphraseException(WRONG_RECOVERY_KEY);
        }
        return unwrap(recoveryWrappingKey(recovery, stored.recoverySalt()), stored.recoveryWrapped(),
                WRONG_RECOVERY_KEY);
    }

    private SecretKey unwrap(SecretKey wrappingKey, byte[] wrapped, String wrongMessage) {
        try {
            return aes(new Sealer(wrappingKey, random).open(wrapped, DATA_KEY));
        } catch (GeneralSecurityException e) {
            throw new WrongPassphraseException(wrongMessage);
        }
    }

    private byte[] wrap(SecretKey wrappingKey, byte[] dataKey) {
        return new Sealer(wrappingKey, random).seal(dataKey, DATA_KEY);
    }

    static SecretKey passphraseKey(char[] passphrase, byte[] salt, int iterations) {
        PBEKeySpec spec = new PBEKeySpec(passphrase, salt, iterations, 256);
        try {
            return aes(SecretKeyFactory.getInstance(KDF).generateSecret(spec).getEncoded());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2-HMAC-SHA256 is not available in this Java runtime", e);
        } finally {
            spec.clearPassword();
        }
    }

    private static SecretKey recoveryWrappingKey(byte[] recovery, byte[] salt) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(salt, "HmacSHA256"));
            return aes(mac.doFinal(recovery));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available in this Java runtime", e);
        }
    }

    private static SecretKey aes(byte[] key) {
        return new SecretKeySpec(key, "AES");
    }

    private byte[] bytes(int count) {
        byte[] bytes = new byte[count];
        random.nextBytes(bytes);
        return bytes;
    }

    /** Crockford base32 in groups of four: "7K2Q-M9XD-...", easy to read aloud and to type. */
    static String format(byte[] recovery) {
        StringBuilder text = new StringBuilder();
        int buffer = 0;
        int bits = 0;
        for (byte b : recovery) {
            buffer = (buffer << 8) | (b & 0xff);
            bits += 8;
            while (bits >= 5) {
                if (!text.isEmpty() && text.length() % 5 == 4) {
                    text.append('-');
                }
                text.append(BASE32.charAt((buffer >> (bits - 5)) & 31));
                bits -= 5;
            }
        }
        return text.toString();
    }

    /** The key's bytes however it was typed (case, dashes, spaces, O for 0, I or L for 1); null when malformed. */
    static byte[] parse(String text) {
        String plain = text == null ? "" : text.toUpperCase(Locale.ROOT).replaceAll("[\\s-]", "")
                .replace('O', '0').replace('I', '1').replace('L', '1');
        if (plain.length() != RECOVERY_BYTES * 8 / 5) {
            return null;
        }
        byte[] bytes = new byte[RECOVERY_BYTES];
        int buffer = 0;
        int bits = 0;
        int index = 0;
        for (char c : plain.toCharArray()) {
            int value = BASE32.indexOf(c);
            if (value < 0) {
                return null;
            }
            buffer = (buffer << 5) | value;
            bits += 5;
            if (bits >= 8) {
                bytes[index++] = (byte) (buffer >> (bits - 8));
                bits -= 8;
            }
        }
        return bytes;
    }
}
