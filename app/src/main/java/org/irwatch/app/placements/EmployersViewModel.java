package org.irwatch.app.placements;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.irwatch.app.common.BackgroundTask;
import org.irwatch.app.common.FileDialogConfig;
import org.irwatch.app.common.ImportRefusals;
import org.irwatch.app.screen.ScreenContext;
import org.irwatch.core.common.CsvWriter;
import org.irwatch.core.common.UkDates;
import org.irwatch.core.imports.table.BadValueException;
import org.irwatch.core.imports.table.ColumnMapping;
import org.irwatch.core.imports.table.RememberedMappings;
import org.irwatch.core.imports.table.RowProblem;
import org.irwatch.core.imports.table.RowsRejectedException;
import org.irwatch.core.imports.table.SheetReader;
import org.irwatch.core.imports.table.SheetTable;
import org.irwatch.core.market.SearchHit;
import org.irwatch.core.placements.EmployerField;
import org.irwatch.core.placements.EmployerImport;
import org.irwatch.core.placements.EmployerLicence;
import org.irwatch.core.placements.EthicalEmployer;
import org.irwatch.core.placements.PlacementRole;
import org.irwatch.core.placements.PlacementService;
import org.irwatch.core.placements.PlacementValues;
import org.irwatch.core.placements.Vacancy;

/**
 * The ethical employers signed up, and the form that adds or edits one: the CQC provider picked by searching, the
 * contact, the licence (held, applied on a date, none), open posts by role, and the rest of the sign-up.
 */
public final class EmployersViewModel {

    /** A provider offered by the search, shown by name and ID. */
    public record ProviderChoice(String providerId, String name) {
        @Override
        public String toString() {
            return name + " (" + providerId + ")";
        }
    }

    private final ObservableList<EthicalEmployer> employers = FXCollections.observableArrayList();
    private final ObservableList<ProviderChoice> providerHits = FXCollections.observableArrayList();
    private final ObjectProperty<ProviderChoice> provider = new SimpleObjectProperty<>();
    private final StringProperty providerQuery = new SimpleStringProperty("");
    private final StringProperty contact = new SimpleStringProperty("");
    private final StringProperty phone = new SimpleStringProperty("");
    private final StringProperty email = new SimpleStringProperty("");
    private final ObjectProperty<EmployerLicence.Status> licence = new SimpleObjectProperty<>(EmployerLicence.Status.HELD);
    private final StringProperty appliedOn = new SimpleStringProperty("");
    private final Map<PlacementRole, StringProperty> posts = new LinkedHashMap<>();
    private final StringProperty hours = new SimpleStringProperty("");
    private final StringProperty pay = new SimpleStringProperty("");
    private final BooleanProperty transfers = new SimpleBooleanProperty(false);
    private final BooleanProperty housing = new SimpleBooleanProperty(false);
    private final StringProperty auditDone = new SimpleStringProperty("");
    private final BooleanProperty notices = new SimpleBooleanProperty(true);
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final PlacementService placements;
    private final EmployerSheets sheets;
    private final ScreenContext context;
    private Long editing;

    /**
     * What importing a sheet of employers takes: the reader, the remembered mappings, the import and a CSV of the rows
     * it refused.
     */
    public record EmployerSheets(SheetReader reader, RememberedMappings<EmployerField> mappings,
                                 EmployerImport importer, CsvWriter<RowProblem> problemsCsv) {
    }

    /** Shows the mapping offered for a sheet and hands on the one the user chose. */
    @FunctionalInterface
    public interface MappingAsker {
        void ask(SheetTable table, ColumnMapping<EmployerField> offered, boolean remembered,
                 Consumer<ColumnMapping<EmployerField>> chosen);
    }

    public EmployersViewModel(PlacementService placements, EmployerSheets sheets, ScreenContext context) {
        this.placements = placements;
        this.sheets = sheets;
        this.context = context;
        for (PlacementRole role : PlacementRole.values()) {
            posts.put(role, new SimpleStringProperty(""));
        }
    }

    public void load() {
        context.tasks().run(new BackgroundTask<>("Reading ethical employers", progress -> placements.employers()),
                employers::setAll);
    }

    /** Offers the providers whose name, location or ID match what was typed. */
    public void searchProviders(String text) {
        context.tasks().run(new BackgroundTask<>("Searching providers", progress -> {
            List<ProviderChoice> hits = new ArrayList<>();
            for (SearchHit hit : placements.market().search(text, 20)) {
                ProviderChoice choice = new ProviderChoice(hit.provider().providerId(), hit.provider().name());
                if (!hits.contains(choice)) {
                    hits.add(choice);
                }
            }
            return hits;
        }), providerHits::setAll);
    }

    /** Empties the form for a new employer. */
    public void startNew() {
        editing = null;
        provider.set(null);
        providerQuery.set("");
        List.of(contact, phone, email, appliedOn, hours, pay, auditDone).forEach(p -> p.set(""));
        posts.values().forEach(p -> p.set(""));
        licence.set(EmployerLicence.Status.HELD);
        transfers.set(false);
        housing.set(false);
        notices.set(true);
        problem.set("");
    }

    /** Fills the form with an employer to edit. */
    public void edit(EthicalEmployer e) {
        startNew();
        if (e == null) {
            return;
        }
        editing = e.id();
        provider.set(new ProviderChoice(e.providerId(), e.providerName()));
        contact.set(e.contactName());
        phone.set(e.phone());
        email.set(e.email());
        licence.set(e.licence().status());
        appliedOn.set(UkDates.numeric(e.licence().appliedOn()));
        e.vacancies().forEach(v -> posts.get(v.role()).set(String.valueOf(v.count())));
        e.vacancies().stream().findFirst().ifPresent(v -> {
            hours.set(v.hours());
            pay.set(v.pay());
        });
        transfers.set(e.takesTransfers());
        housing.set(e.offersHousing());
        auditDone.set(UkDates.numeric(e.auditToolDone()));
        notices.set(e.wantsNotices());
    }

    /** Checks the form and saves it; a form that cannot be read says why and saves nothing. */
    public void save() {
        EthicalEmployer employer;
        try {
            employer = employer();
        } catch (BadValueException e) {
            problem.set(e.getMessage());
            return;
        }
        problem.set("");
        context.tasks().run(new BackgroundTask<>("Saving " + employer.providerName(),
                progress -> placements.saveEmployer(employer)), saved -> {
                    editing = saved.id();
                    context.dataChanged().run();
                    load();
                });
    }

    EthicalEmployer employer() {
        ProviderChoice chosen = provider.get();
        if (chosen == null) {
            throw new BadValueException("Pick the CQC provider: type part of its name and choose it from the list.");
        }
        LocalDate applied = date("The licence application date", appliedOn.get());
        EmployerLicence held = switch (licence.get()) {
            case HELD -> EmployerLicence.HELD;
            case NONE -> EmployerLicence.NONE;
            case APPLIED -> {
                if (applied == null) {
                    throw new BadValueException("Give the date the licence was applied for (dd/mm/yyyy).");
                }
                yield EmployerLicence.appliedOn(applied);
            }
        };
        List<Vacancy> vacancies = new ArrayList<>();
        for (Map.Entry<PlacementRole, StringProperty> entry : posts.entrySet()) {
            Integer count;
            try {
                count = PlacementValues.count(entry.getValue().get(), "posts", 0);
            } catch (BadValueException e) {
                throw new BadValueException(entry.getKey().label() + " vacancies: " + e.getMessage());
            }
            if (count > 0) {
                vacancies.add(new Vacancy(entry.getKey(), count, hours.get(), pay.get()));
            }
        }
        return new EthicalEmployer(editing, chosen.providerId(), chosen.name(), contact.get(), phone.get(),
                email.get(), vacancies, held, transfers.get(), housing.get(), date("The audit tool date",
                auditDone.get()), notices.get());
    }

    private static LocalDate date(String what, String text) {
        try {
            return UkDates.parse(text);
        } catch (UkDates.NotADateException e) {
            throw new BadValueException(what + ": '" + text.strip() + "' " + e.reason());
        }
    }

    /** Deletes the employer after asking. */
    public void delete(EthicalEmployer e) {
        if (e == null || !context.dialogs().confirm("Delete employer", "Delete " + e.providerName() + "'s sign-up and "
                + "its vacancies? This cannot be undone.", "Delete")) {
            return;
        }
        context.tasks().run(new BackgroundTask<>("Deleting " + e.providerName(), progress -> {
            placements.deleteEmployer(e.id());
            return null;
        }), done -> {
            startNew();
            context.dataChanged().run();
            load();
        });
    }

    /** Asks which sheet to import; empty when the user cancelled. */
    public Optional<Path> chooseSheet() {
        return context.dialogs().showOpen(FileDialogConfig.of("Import ethical employers",
                FileDialogConfig.FileKind.of("Sheets (XLSX, CSV)", "xlsx", "csv"), FileDialogConfig.FileKind.ALL));
    }

    /**
     * Reads the sheet, asks for the mapping, imports all or nothing; a refusal's problems (every bad cell by row and
     * column) go to {@code refused}, any other failure to an error dialog.
     */
    public void importSheet(Path file, MappingAsker asker, Consumer<RowsRejectedException> refused) {
        context.tasks().run(new BackgroundTask<>("Reading " + file.getFileName(), progress -> {
            SheetTable table = sheets.reader().read(file);
            return new Offer(table, sheets.mappings().offer(table.header()),
                    sheets.mappings().isRemembered(table.header()));
        }), offer -> asker.ask(offer.table(), offer.mapping(), offer.remembered(), mapping ->
                context.tasks().run(new BackgroundTask<>("Importing " + offer.table().fileName(), progress -> {
                    List<EthicalEmployer> saved = sheets.importer().run(offer.table(), mapping);
                    sheets.mappings().remember(offer.table().header(), mapping);
                    return saved;
                }), saved -> {
                    context.dialogs().showInformation("Employers imported", String.format("%,d ethical %s imported "
                            + "from %s.", saved.size(), saved.size() == 1 ? "employer" : "employers", file.getFileName()));
                    context.dataChanged().run();
                    load();
                }, ImportRefusals.problemsOr(refused, context.dialogs(), "Employers not imported"))));
    }

    /** Asks where to save a refused sheet's problems, suggesting a name after the sheet, then saves them. */
    public void chooseFileAndSaveProblems(String sheetName, List<RowProblem> problems) {
        ImportRefusals.chooseAndSave(context.dialogs(), context.tasks(), sheets.problemsCsv(), sheetName, problems);
    }

    private record Offer(SheetTable table, ColumnMapping<EmployerField> mapping, boolean remembered) {
    }

    /** Open posts by role, e.g. "3 care worker posts, 1 nurse post". */
    public static String postsOf(EthicalEmployer e) {
        return String.join(", ", e.vacancies().stream().map(v -> v.count() + " " + v.role().label()
                .toLowerCase(java.util.Locale.ROOT) + (v.count() == 1 ? " post" : " posts")).toList());
    }

    public ObservableList<EthicalEmployer> employers() {
        return employers;
    }

    public ObservableList<ProviderChoice> providerHits() {
        return providerHits;
    }

    public ObjectProperty<ProviderChoice> provider() {
        return provider;
    }

    public StringProperty providerQuery() {
        return providerQuery;
    }

    public StringProperty contact() {
        return contact;
    }

    public StringProperty phone() {
        return phone;
    }

    public StringProperty email() {
        return email;
    }

    public ObjectProperty<EmployerLicence.Status> licence() {
        return licence;
    }

    public StringProperty appliedOn() {
        return appliedOn;
    }

    public StringProperty posts(PlacementRole role) {
        return posts.get(role);
    }

    public StringProperty hours() {
        return hours;
    }

    public StringProperty pay() {
        return pay;
    }

    public BooleanProperty transfers() {
        return transfers;
    }

    public BooleanProperty housing() {
        return housing;
    }

    public StringProperty auditDone() {
        return auditDone;
    }

    public BooleanProperty notices() {
        return notices;
    }

    public ReadOnlyStringProperty problem() {
        return problem.getReadOnlyProperty();
    }
}
