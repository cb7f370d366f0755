package org.irwatch.core.placements;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.irwatch.core.imports.table.FieldCatalogue;
import org.irwatch.core.imports.table.ImportField;

/** The columns of an ethical employers sheet: one employer a row, its open posts by role in columns. */
public enum EmployerField implements ImportField {
    PROVIDER_ID("provider_id", "CQC provider ID"),
    PROVIDER_NAME("provider", "Provider"),
    CONTACT_NAME("contact", "Contact name"),
    PHONE("phone", "Phone"),
    EMAIL("email", "Email"),
    LICENCE("licence", "Licence (held, applied, none)"),
    LICENCE_APPLIED("applied_on", "Licence applied on"),
    CARE_WORKER_POSTS("care_worker_posts", "Care worker vacancies"),
    SENIOR_CARE_WORKER_POSTS("senior_care_worker_posts", "Senior care worker vacancies"),
    NURSE_POSTS("nurse_posts", "Nurse vacancies"),
    HOURS("hours", "Hours"),
    PAY("pay", "Pay"),
    TRANSFERS("transfers", "Takes transfers of sponsorship"),
    HOUSING("housing", "Offers housing"),
    AUDIT_TOOL("audit_tool", "Audit tool done on"),
    NOTICES("notices", "Wants notices");

    public static final FieldCatalogue<EmployerField> CATALOGUE = new FieldCatalogue<>(EmployerField.class,
            "an employer", Arrays.asList(values()), List.of(),
            List.of(Map.entry(PROVIDER_ID, List.of("provider id", "cqc id", "cqc provider id")),
                    Map.entry(SENIOR_CARE_WORKER_POSTS, List.of("senior")),
                    Map.entry(NURSE_POSTS, List.of("nurse")),
                    Map.entry(CARE_WORKER_POSTS, List.of("care worker", "carer")),
                    Map.entry(LICENCE_APPLIED, List.of("applied", "application")),
                    Map.entry(LICENCE, List.of("licence", "license")),
                    Map.entry(CONTACT_NAME, List.of("contact")),
                    Map.entry(PHONE, List.of("phone", "telephone", "mobile")),
                    Map.entry(EMAIL, List.of("email", "e-mail")),
                    Map.entry(HOURS, List.of("hours")),
                    Map.entry(PAY, List.of("pay", "wage", "salary", "rate")),
                    Map.entry(TRANSFERS, List.of("transfer")),
                    Map.entry(HOUSING, List.of("housing", "accommodation")),
                    Map.entry(AUDIT_TOOL, List.of("audit")),
                    Map.entry(NOTICES, List.of("notice", "notif", "opt")),
                    Map.entry(PROVIDER_NAME, List.of("provider", "employer", "organisation", "organization", "name"))));

    private final String code;
    private final String label;

    EmployerField(String code, String label) {
        this.code = code;
        this.label = label;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public String label() {
        return label;
    }
}
