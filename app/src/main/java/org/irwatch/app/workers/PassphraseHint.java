package org.irwatch.app.workers;

import java.util.Locale;
import org.irwatch.core.workers.WorkerService;

/**
 * A plain hint on how hard a passphrase would be to guess, shown as the user types it at set-up. Length counts most:
 * a few unrelated words beat a short word dressed up with symbols.
 */
enum PassphraseHint {
    TOO_SHORT("Too short: use at least " + WorkerService.MIN_PASSPHRASE
            + " characters — three or four unrelated words are easy to remember."),
    WEAK("Weak: make it longer, or add another word."),
    FAIR("Fair: another word or two would make it strong."),
    STRONG("Strong.");

    private final String text;

    PassphraseHint(String text) {
        this.text = text;
    }

    String text() {
        return text;
    }

    boolean isAcceptable() {
        return this != TOO_SHORT;
    }

    static PassphraseHint of(CharSequence passphrase) {
        // Measured as the register measures it (spaces at the ends do not count), so the hint and the refusal agree.
        String text = passphrase.toString().strip();
        int length = text.length();
        if (length < WorkerService.MIN_PASSPHRASE) {
            return TOO_SHORT;
        }
        int kinds = 0;
        kinds += text.chars().anyMatch(Character::isLowerCase) ? 1 : 0;
        kinds += text.chars().anyMatch(Character::isUpperCase) ? 1 : 0;
        kinds += text.chars().anyMatch(Character::isDigit) ? 1 : 0;
        kinds += text.chars().anyMatch(c -> !Character.isLetterOrDigit(c)) ? 1 : 0;
        boolean oneCharacterRepeated = text.toLowerCase(Locale.ROOT).chars().distinct().count() < 5;
        if (oneCharacterRepeated) {
            return WEAK;
        }
        if (length >= 20 || (length >= 16 && kinds >= 3)) {
            return STRONG;
        }
        return length >= 16 || kinds >= 3 ? FAIR : WEAK;
    }
}
