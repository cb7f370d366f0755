package org.irwatch.core.placements;

import java.time.LocalDate;
import java.util.List;

/**
 * A care provider that signed up to take displaced workers ethically, with its open posts.
 *
 * @param id null until stored
 * @param providerId the CQC provider it is
 * @param auditToolDone when it completed the regional ethical recruitment audit tool; null when not done
 * @param wantsNotices whether it wants the anonymised notices of workers looking for work
 */
public record EthicalEmployer(Long id, String providerId, String providerName, String contactName, String phone,
                              String email, List<Vacancy> vacancies, EmployerLicence licence, boolean takesTransfers,
                              boolean offersHousing, LocalDate auditToolDone, boolean wantsNotices) {

    public EthicalEmployer {
        vacancies = List.copyOf(vacancies);
        contactName = orEmpty(contactName);
        phone = orEmpty(phone);
        email = orEmpty(email);
    }

    /** Open posts for the role; 0 when none. */
    public int vacanciesFor(PlacementRole role) {
        return vacancies.stream().filter(v -> v.role() == role).mapToInt(Vacancy::count).sum();
    }

    public List<Vacancy> vacanciesOf(PlacementRole role) {
        return vacancies.stream().filter(v -> v.role() == role && v.count() > 0).toList();
    }

    /** Name, phone and email, as much as is known, e.g. "Asha Patel, 024 7600 0000, asha@example.org". */
    public String contact() {
        return String.join(", ", java.util.stream.Stream.of(contactName, phone, email).filter(s -> !s.isBlank())
                .toList());
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text.strip();
    }
}
