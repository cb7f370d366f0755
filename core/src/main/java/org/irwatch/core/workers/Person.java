package org.irwatch.core.workers;

import java.time.LocalDate;

/**
 * Who the worker is. Everything here but nationality and sex identifies them and is kept encrypted; nationality and
 * sex are also kept as anonymous facets for the counts.
 *
 * @param dateOfBirth null when not given
 * @param sex null when not given
 */
public record Person(String name, String phone, boolean whatsApp, String email, String language, String nationality,
                     LocalDate dateOfBirth, Sex sex) {

    public Person {
        name = Text.clean(name);
        phone = Text.clean(phone);
        email = Text.clean(email);
        language = Text.clean(language);
        nationality = Text.clean(nationality);
    }
}
