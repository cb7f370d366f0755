package org.irwatch.core.workers;

import java.text.Normalizer;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The same person registered twice: the same phone number however written, or the same name (case, spaces and
 * accents aside) and date of birth.
 */
public final class Duplicates {

    private Duplicates() {
    }

    /** "+44 7700 900123", "07700-900123" and "0044 7700 900123" all read "07700900123"; empty for no digits. */
    public static String phoneKey(String phone) {
        String digits = phone == null ? "" : phone.replaceAll("\\D", "");
        if (digits.startsWith("0044")) {
            digits = "0" + digits.substring(4);
        } else if (digits.startsWith("44") && digits.length() == 12) {
            digits = "0" + digits.substring(2);
        }
        return digits;
    }

    /** "  Amara  OKAFOR " and "amara okafor" read the same; "José" and "Jose" too. */
    public static String nameKey(String name) {
        String folded = Normalizer.normalize(name == null ? "" : name, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "");
        return folded.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    public static boolean samePerson(Person a, Person b) {
        String phone = phoneKey(a.phone());
        if (phone.length() >= 6 && phone.equals(phoneKey(b.phone()))) {
            return true;
        }
        return a.dateOfBirth() != null && a.dateOfBirth().equals(b.dateOfBirth())
                && !nameKey(a.name()).isEmpty() && nameKey(a.name()).equals(nameKey(b.name()));
    }

    /** The records among {@code others} that hold the same person as {@code candidate}, itself left out. */
    public static List<Worker> of(Worker candidate, Collection<Worker> others) {
        return others.stream()
                .filter(other -> candidate.id() == null || !Objects.equals(other.id(), candidate.id()))
                .filter(other -> samePerson(candidate.person(), other.person()))
                .toList();
    }
}
