package org.irwatch.core.workers;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DuplicatesTest {

    @ParameterizedTest
    @CsvSource(textBlock = """
            '+44 7700 900123',  07700900123
            '07700-900123',     07700900123
            '0044 7700 900123', 07700900123
            '(07700) 900 123',  07700900123
            '',                 ''
            """)
    void phoneNumbersAreComparedByTheirDigits(String phone, String key) {
        assertThat(Duplicates.phoneKey(phone)).isEqualTo(key);
    }

    @Test
    void samePhoneHoweverWrittenIsTheSamePerson() {
        Worker a = TestWorkers.worker("Amara Okafor", "07700 900123");
        Worker b = TestWorkers.worker("A. Okafor", "+44 7700 900123");
        assertThat(Duplicates.of(a, List.of(b))).containsExactly(b);
    }

    @Test
    void sameNameAndDateOfBirthIsTheSamePerson() {
        LocalDate born = LocalDate.of(1990, 4, 2);
        Worker a = TestWorkers.withPerson(TestWorkers.worker("x", "07700900001"),
                new Person("José  Da Silva", "07700900001", false, "", "", "", born, null));
        Worker b = TestWorkers.withPerson(TestWorkers.worker("x", "07700900002"),
                new Person("jose da silva", "07700900002", false, "", "", "", born, null));
        Worker c = TestWorkers.withPerson(TestWorkers.worker("x", "07700900003"),
                new Person("Jose Da Silva", "07700900003", false, "", "", "", born.plusDays(1), null));
        assertThat(Duplicates.of(a, List.of(b, c))).containsExactly(b);
    }

    @Test
    void sameNameWithoutDateOfBirthIsNotEnough() {
        Worker a = TestWorkers.worker("Amara Okafor", "07700900001");
        Worker b = TestWorkers.worker("Amara Okafor", "07700900002");
        assertThat(Duplicates.of(a, List.of(b))).isEmpty();
    }

    @Test
    void aRecordIsNotItsOwnDuplicate() {
        Worker a = TestWorkers.worker("Amara Okafor", "07700900001").withId(4);
        assertThat(Duplicates.of(a, List.of(a))).isEmpty();
    }
}
