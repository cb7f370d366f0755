package org.irwatch.app.workers;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.irwatch.app.common.OpenDataFolder;
import org.irwatch.core.council.Scope;
import org.irwatch.core.workers.ConsentMethod;
import org.irwatch.core.workers.IdleLock;
import org.irwatch.core.workers.JobFair;
import org.irwatch.core.workers.Reason;
import org.irwatch.core.workers.Role;
import org.irwatch.core.workers.SourceKind;
import org.irwatch.core.workers.Worker;
import org.irwatch.core.workers.WorkerService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Fair mode's quick form without a window: Enter saves against the fair and clears; problems keep what was typed. */
class FairModeModelTest {

    private static final String PASSPHRASE = "correct horse battery staple";

    private final MovableClock clock = new MovableClock(Instant.parse("2026-12-01T10:00:00Z"),
            ZoneId.of("Europe/London"));
    private OpenDataFolder folder;
    private WorkerService service;
    private FairModeModel model;
    private JobFair fair;

    @BeforeEach
    void open(@TempDir Path dir) {
        folder = OpenDataFolder.empty(dir);
        service = folder.services().workers();
        WorkersAccessModel access = new WorkersAccessModel(service, folder.context(),
                new IdleLock(clock, Duration.ofMinutes(10)));
        WorkersViewModel lists = new WorkersViewModel(access, service, folder.services().market(),
                folder.services().councils(), folder.context(), clock);
        lists.load(Scope.england());
        access.setUp(PASSPHRASE, PASSPHRASE);
        access.recoveryKeyKept();
        fair = service.saveFair(new JobFair(null, LocalDate.of(2026, 11, 28), "Coventry Central Library",
                SampleWorkers.COVENTRY, List.of("Ethical Care Ltd")));
        model = new FairModeModel(fair, service, new RegisterLookup(folder.services().market()), lists,
                folder.context(), "hub worker");
    }

    @AfterEach
    void close() {
        folder.close();
    }

    @Test
    void enterSavesThePersonAgainstTheFairAndClearsTheFormForTheNext() {
        assertThat(model.seenProperty().get()).isEqualTo("People seen at this fair: 0 so far.");
        model.nameProperty().set("Amara Okafor");
        model.phoneProperty().set("07700 900123");
        model.districtProperty().set("cv1");
        model.sponsorProperty().set("Sunrise Homecare (not on the register)");
        model.reasonProperty().set(Reason.LICENCE_REVOKED);
        model.roleProperty().set(Role.SENIOR_CARE_WORKER);
        model.deadlineProperty().set("31/12/2026");
        model.holdRecordProperty().set(true);

        model.saveAndNext();

        Worker saved = service.workers().getFirst();
        assertThat(saved.person().name()).isEqualTo("Amara Okafor");
        assertThat(saved.place().postcode()).isEqualTo("CV1");
        assertThat(saved.situation().formerSponsor()).isEqualTo("Sunrise Homecare (not on the register)");
        assertThat(saved.situation().formerSponsorKey()).as("typed, not found").isEmpty();
        assertThat(saved.situation().deadline()).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(saved.work().roles()).containsExactly(Role.SENIOR_CARE_WORKER);
        assertThat(saved.consent().method()).isEqualTo(ConsentMethod.SPOKEN_AT_FAIR);
        assertThat(saved.consent().recordedBy()).isEqualTo("hub worker");
        assertThat(saved.source().kind()).isEqualTo(SourceKind.JOB_FAIR);
        assertThat(saved.source().fairId()).isEqualTo(fair.id());
        assertThat(model.nameProperty().get()).as("cleared for the next person").isEmpty();
        assertThat(model.deadlineProperty().get()).isEmpty();
        assertThat(model.holdRecordProperty().get()).isFalse();
        assertThat(model.lastSavedProperty().get()).startsWith("Saved Amara Okafor (#");
        assertThat(model.savedProperty().get()).isEqualTo(1);
        assertThat(model.seenProperty().get()).isEqualTo("People seen at this fair: 1 — council not known 1.");
    }

    @Test
    void withoutConsentOrWithABadDateNothingIsSavedAndWhatWasTypedStays() {
        model.nameProperty().set("Joseph Mensah");
        model.deadlineProperty().set("31/02/2027");
        model.holdRecordProperty().set(true);

        model.saveAndNext();
        assertThat(model.deadlineProblemProperty().get()).contains("31/02/2027").contains("not a date");

        model.deadlineProperty().set("");
        model.holdRecordProperty().set(false);
        model.saveAndNext();

        assertThat(model.consentProblemProperty().get()).contains("agree");
        assertThat(model.nameProperty().get()).isEqualTo("Joseph Mensah");
        assertThat(model.deadlineProblemProperty().get()).isEmpty();
        assertThat(service.workers()).isEmpty();
        assertThat(folder.tasks().failed()).isEmpty();
    }

    @Test
    void theSamePhoneAlreadyRegisteredIsFlaggedBeforeSaving() {
        model.nameProperty().set("Amara Okafor");
        model.phoneProperty().set("07700 900123");
        model.holdRecordProperty().set(true);
        model.saveAndNext();

        model.nameProperty().set("A. Okafor");
        model.phoneProperty().set("+44 7700 900123");
        model.checkDuplicate();

        assertThat(model.duplicateProperty().get()).startsWith("Already registered: Amara Okafor (#");
    }
}
