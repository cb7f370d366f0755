package org.irwatch.core.placements;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.irwatch.core.common.UserFacingException;
import org.irwatch.core.imports.table.ColumnMapping;
import org.irwatch.core.imports.table.MappedRow;
import org.irwatch.core.imports.table.RowProblem;
import org.irwatch.core.imports.table.RowsRejectedException;
import org.irwatch.core.imports.table.SheetTable;
import org.irwatch.core.market.MarketData;
import org.irwatch.core.market.MarketProvider;
import org.irwatch.core.register.OrganisationKey;

/**
 * Imports a sheet of ethical employers through the column mapping, all or nothing: each row names a CQC provider held
 * (by its ID, or by its name when only one provider has it), every bad cell is reported by row and column. A provider
 * already signed up is updated.
 */
public final class EmployerImport {

    private static final Map<EmployerField, PlacementRole> POSTS = Map.of(
            EmployerField.CARE_WORKER_POSTS, PlacementRole.CARE_WORKER,
            EmployerField.SENIOR_CARE_WORKER_POSTS, PlacementRole.SENIOR_CARE_WORKER,
            EmployerField.NURSE_POSTS, PlacementRole.NURSE);

    private final PlacementService placements;

    public EmployerImport(PlacementService placements) {
        this.placements = placements;
    }

    public List<EthicalEmployer> run(SheetTable table, ColumnMapping<EmployerField> mapping) {
        mapping.checkAgainst(table);
        if (mapping.column(EmployerField.PROVIDER_ID).isEmpty() && mapping.column(EmployerField.PROVIDER_NAME).isEmpty()) {
            throw new UserFacingException(table.fileName() + " cannot be imported: choose the column of the CQC "
                    + "provider ID or of the provider's name. Nothing was imported.");
        }
        MarketData market = placements.placementMarket().market();
        Map<String, List<MarketProvider>> byName = new HashMap<>();
        market.providers().forEach(p -> byName.computeIfAbsent(OrganisationKey.fold(p.name()), n -> new ArrayList<>())
                .add(p));
        List<RowProblem> problems = new ArrayList<>();
        Map<String, EthicalEmployer> employers = new java.util.LinkedHashMap<>();
        Map<String, Long> rowOf = new HashMap<>();
        for (SheetTable.Row row : table.rows()) {
            MappedRow<EmployerField> cells = new MappedRow<>(table, mapping, row, problems);
            MarketProvider provider = provider(cells, market, byName);
            LocalDate applied = cells.value(EmployerField.LICENCE_APPLIED, PlacementValues::date);
            EmployerLicence licence = cells.value(EmployerField.LICENCE, t -> PlacementValues.licence(t, applied));
            List<Vacancy> vacancies = new ArrayList<>();
            for (EmployerField field : List.of(EmployerField.CARE_WORKER_POSTS, EmployerField.SENIOR_CARE_WORKER_POSTS,
                    EmployerField.NURSE_POSTS)) {
                Integer count = cells.value(field, t -> PlacementValues.count(t, "posts", 0));
                if (count != null && count > 0) {
                    vacancies.add(new Vacancy(POSTS.get(field), count, cells.text(EmployerField.HOURS),
                            cells.text(EmployerField.PAY)));
                }
            }
            Boolean transfers = cells.value(EmployerField.TRANSFERS, PlacementValues::yesNo);
            Boolean housing = cells.value(EmployerField.HOUSING, PlacementValues::yesNo);
            Boolean notices = cells.value(EmployerField.NOTICES, PlacementValues::yesNo);
            LocalDate audit = cells.value(EmployerField.AUDIT_TOOL, PlacementValues::auditDone);
            if (provider != null && rowOf.containsKey(provider.providerId())) {
                cells.addProblem(EmployerField.PROVIDER_NAME, "the same provider as row " + rowOf.get(provider.providerId())
                        + ".");
            }
            if (provider != null && problems.isEmpty()) {
                rowOf.put(provider.providerId(), row.line());
                employers.put(provider.providerId(), new EthicalEmployer(null, provider.providerId(), provider.name(),
                        cells.text(EmployerField.CONTACT_NAME), cells.text(EmployerField.PHONE),
                        cells.text(EmployerField.EMAIL), vacancies, licence, transfers, housing, audit, notices));
            }
        }
        if (!problems.isEmpty()) {
            problems.sort(Comparator.comparingLong(RowProblem::row));
            throw new RowsRejectedException(table.fileName(), problems);
        }
        if (employers.isEmpty()) {
            throw new UserFacingException(table.fileName() + " has no employers in it. Nothing was imported.");
        }
        List<EthicalEmployer> all = List.copyOf(employers.values());
        placements.saveEmployers(all);
        return all;
    }

    private static MarketProvider provider(MappedRow<EmployerField> cells, MarketData market,
                                           Map<String, List<MarketProvider>> byName) {
        String id = cells.text(EmployerField.PROVIDER_ID).strip();
        if (!id.isEmpty()) {
            MarketProvider provider = market.provider(id).orElse(null);
            if (provider == null) {
                cells.addProblem(EmployerField.PROVIDER_ID, "no adult social care provider of the newest CQC data has "
                        + "this ID.");
            }
            return provider;
        }
        String name = cells.text(EmployerField.PROVIDER_NAME).strip();
        List<MarketProvider> named = byName.getOrDefault(OrganisationKey.fold(name), List.of());
        if (named.size() == 1) {
            return named.getFirst();
        }
        cells.addProblem(mappedNameOrId(cells), name.isEmpty() ? "no provider given."
                : named.isEmpty() ? "no adult social care provider of the newest CQC data has this name; give its "
                + "CQC provider ID." : named.size() + " providers have this name; give the CQC provider ID.");
        return null;
    }

    private static EmployerField mappedNameOrId(MappedRow<EmployerField> cells) {
        return cells.text(EmployerField.PROVIDER_NAME).isBlank() && !cells.text(EmployerField.PROVIDER_ID).isBlank()
                ? EmployerField.PROVIDER_ID : EmployerField.PROVIDER_NAME;
    }
}
