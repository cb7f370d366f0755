package org.irwatch.core.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.LongStream;
import org.irwatch.core.common.UserFacingException;
import org.irwatch.core.snapshot.Snapshot;
import org.irwatch.core.snapshot.SnapshotKind;
import org.junit.jupiter.api.Test;

/** Each refusal and warning of an import at the edge where it starts. */
class ImportPolicyTest {

    private static final LocalDate NOVEMBER = LocalDate.parse("2026-11-01");

    @Test
    void aFileWithOneReadableRowIsTaken() {
        assertThatCode(() -> ImportPolicy.requireUsableRows("register.csv", SnapshotKind.REGISTER, 1, List.of()))
                .doesNotThrowAnyException();
    }

    @Test
    void aFileWithNoRowsIsRefused() {
        assertThatThrownBy(() -> ImportPolicy.requireUsableRows("register.csv", SnapshotKind.REGISTER, 0, List.of()))
                .isInstanceOf(UserFacingException.class)
                .hasMessage("register.csv has the header of a Home Office sponsor register but no data rows. Nothing "
                        + "was imported. Check that you chose the right file, or download it again.");
    }

    @Test
    void aFileWhoseEveryRowIsRejectedIsRefusedNamingTheFirstProblem() {
        assertThatThrownBy(() -> ImportPolicy.requireUsableRows("cqc.csv", SnapshotKind.CQC_DIRECTORY, 2,
                rejected(2)))
                .isInstanceOf(UserFacingException.class)
                .hasMessageStartingWith("cqc.csv has the header of a CQC directory but no data rows that could be "
                        + "read (first problem: line 2: problem 2)");
    }

    @Test
    void aFileWithHalfItsRowsRejectedIsTaken() {
        assertThatCode(() -> ImportPolicy.requireUsableRows("register.csv", SnapshotKind.REGISTER, 4, rejected(2)))
                .doesNotThrowAnyException();
    }

    @Test
    void aFileWithMoreThanHalfItsRowsRejectedIsRefused() {
        assertThatThrownBy(() -> ImportPolicy.requireUsableRows("register.csv", SnapshotKind.REGISTER, 5, rejected(3)))
                .isInstanceOf(UserFacingException.class)
                .hasMessageStartingWith("register.csv is not a usable Home Office sponsor register: 3 of its 5 rows "
                        + "cannot be read (first: line 2, problem 2). Nothing was imported.");
    }

    @Test
    void aRegisterOfSixtyPercentOfTheOneBeforeIsNotWarnedOf() {
        assertThat(ImportPolicy.cutOffRegister(60, NOVEMBER, List.of(register("2026-10-01", 100)))).isEmpty();
    }

    @Test
    void aRegisterOfLessThanSixtyPercentOfTheOneBeforeMayBeCutOff() {
        assertThat(ImportPolicy.cutOffRegister(59, NOVEMBER, List.of(register("2026-10-01", 100))))
                .contains("This register holds 59 organisations, far fewer than the 100 of the register of "
                        + "1 October 2026: it may be cut off. If so, delete this snapshot and import a complete file.");
    }

    @Test
    void aRegisterIsComparedWithTheNewestHeldOfItsDateOrBefore() {
        List<Snapshot> held = List.of(register("2026-12-01", 1_000), register("2026-11-01", 100),
                register("2026-10-01", 1_000));

        assertThat(ImportPolicy.cutOffRegister(60, NOVEMBER, held)).as("the register of the same date").isEmpty();
        assertThat(ImportPolicy.cutOffRegister(59, NOVEMBER, held)).hasValueSatisfying(warning ->
                assertThat(warning).contains("the 100 of the register of 1 November 2026"));
    }

    @Test
    void theFirstRegisterHasNothingToBeComparedWith() {
        assertThat(ImportPolicy.cutOffRegister(1, NOVEMBER, List.of(register("2026-12-01", 1_000)))).isEmpty();
    }

    @Test
    void aFileNotEndingWithALineBreakMayBeCutOff() {
        assertThat(ImportPolicy.cutOffLastLine(true)).isEmpty();
        assertThat(ImportPolicy.cutOffLastLine(false)).hasValueSatisfying(warning ->
                assertThat(warning).startsWith("The file does not end with a line break"));
    }

    @Test
    void theDateGivenWinsAndSaysWhenTheFileDisagrees() {
        List<String> warnings = new ArrayList<>();

        LocalDate date = ImportPolicy.dataDate("register.csv", Optional.of(NOVEMBER), LocalDate.parse("2026-11-02"),
                warnings::add);

        assertThat(date).isEqualTo(LocalDate.parse("2026-11-02"));
        assertThat(warnings).containsExactly("The file says its data is of 1 November 2026; the date given "
                + "(2 November 2026) was used.");
    }

    @Test
    void theDateGivenThatAgreesWithTheFileIsNotWarnedOf() {
        List<String> warnings = new ArrayList<>();

        assertThat(ImportPolicy.dataDate("register.csv", Optional.of(NOVEMBER), NOVEMBER, warnings::add))
                .isEqualTo(NOVEMBER);
        assertThat(warnings).isEmpty();
    }

    @Test
    void withoutADateGivenTheFilesDateIsUsed() {
        assertThat(ImportPolicy.dataDate("register.csv", Optional.of(NOVEMBER), null, w -> {
        })).isEqualTo(NOVEMBER);
    }

    @Test
    void aFileWhoseDateNothingSaysIsRefused() {
        assertThatThrownBy(() -> ImportPolicy.dataDate("care-homes.csv", Optional.empty(), null, w -> {
        }))
                .isInstanceOf(DataDateUnknownException.class)
                .hasMessageContaining("cannot tell the date of the data in care-homes.csv");
    }

    @Test
    void locationsWithAKnownCouncilNeedNoWarning() {
        assertThat(ImportPolicy.unresolvedCouncils(Map.of())).isEmpty();
    }

    @Test
    void twelveUnknownCouncilsAreAllNamed() {
        assertThat(ImportPolicy.unresolvedCouncils(councils(12))).hasValueSatisfying(warning -> assertThat(warning)
                .startsWith("12 locations name a council that is not one of the 153 English councils with adult "
                        + "social care duties: 'Council 1' (1), ")
                .contains("'Council 12' (1). They are kept, without a council")
                .doesNotContain("more"));
    }

    @Test
    void beyondTwelveUnknownCouncilsTheRestAreCounted() {
        assertThat(ImportPolicy.unresolvedCouncils(councils(13))).hasValueSatisfying(warning -> assertThat(warning)
                .startsWith("13 locations")
                .contains("'Council 12' (1) and 1 more. They are kept")
                .doesNotContain("'Council 13'"));
    }

    private static List<RejectedLine> rejected(int count) {
        return LongStream.rangeClosed(2, count + 1).mapToObj(line -> new RejectedLine(line, "problem " + line, ""))
                .toList();
    }

    private static Snapshot register(String dataDate, int organisations) {
        return new Snapshot(1, SnapshotKind.REGISTER, "register.csv", "sha", LocalDate.parse(dataDate),
                Instant.parse("2026-12-01T09:00:00Z"), organisations, organisations, 0, 0, false);
    }

    private static Map<String, Integer> councils(int count) {
        Map<String, Integer> unresolved = new LinkedHashMap<>();
        for (int i = 1; i <= count; i++) {
            unresolved.put("Council " + i, 1);
        }
        return unresolved;
    }
}
