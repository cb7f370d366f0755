package org.irwatch.core.workers;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.irwatch.core.imports.table.FieldCatalogue;
import org.irwatch.core.imports.table.ImportField;

/** The parts of a worker's record a column of a hub's spreadsheet can hold. */
public enum WorkerField implements ImportField {
    NAME("name", "Name"),
    PHONE("phone", "Phone"),
    WHATSAPP("whatsapp", "WhatsApp"),
    EMAIL("email", "Email"),
    LANGUAGE("language", "Preferred language"),
    NATIONALITY("nationality", "Nationality"),
    DATE_OF_BIRTH("date_of_birth", "Date of birth"),
    SEX("sex", "Sex"),
    POSTCODE("postcode", "Postcode"),
    COUNCIL("council", "Council"),
    TRAVEL_MILES("travel_miles", "Travel (miles)"),
    DRIVES("drives", "Drives"),
    ROLES("role", "Role"),
    SKILLS("skills", "Qualifications and skills"),
    ENGLISH("english", "English"),
    HOURS("hours", "Hours wanted"),
    FORMER_SPONSOR("former_sponsor", "Former sponsor"),
    REASON("reason", "Reason"),
    VISA_ROUTE("visa_route", "Visa route"),
    VISA_EXPIRY("visa_expiry", "Visa expiry"),
    LETTER_DATE("letter_date", "Home Office letter date"),
    DEADLINE("deadline", "Deadline"),
    DEPENDANTS("dependants", "Dependants"),
    STAGE("stage", "Stage"),
    REGISTERED_ON("registered_on", "Registered on"),
    LAST_CONTACT("last_contact", "Last contact"),
    CONSENT("consent", "Consent"),
    SOURCE("source", "Referral source"),
    NOTES("notes", "Notes");

    /**
     * A hub's list: a name and the person's consent are needed; the hints go from the particular to the loose, so
     * "Sponsor name" is the former sponsor and "Date of birth" not a deadline.
     */
    public static final FieldCatalogue<WorkerField> IMPORT = new FieldCatalogue<>(WorkerField.class,
            "a displaced worker", Arrays.asList(values()), List.of(NAME, CONSENT),
            List.of(Map.entry(DATE_OF_BIRTH, List.of("date of birth", "dob", "birth")),
                    Map.entry(VISA_EXPIRY, List.of("visa expiry", "expiry", "visa end", "brp")),
                    Map.entry(LETTER_DATE, List.of("letter")),
                    Map.entry(DEADLINE, List.of("deadline", "60 day", "leave by")),
                    Map.entry(REGISTERED_ON, List.of("registered", "registration", "date seen")),
                    Map.entry(LAST_CONTACT, List.of("last contact", "contacted on", "last spoke")),
                    Map.entry(FORMER_SPONSOR, List.of("sponsor", "former employer", "previous employer",
                            "employer")),
                    Map.entry(WHATSAPP, List.of("whatsapp")),
                    Map.entry(EMAIL, List.of("email", "e-mail")),
                    Map.entry(PHONE, List.of("phone", "mobile", "telephone", "tel", "contact number")),
                    Map.entry(POSTCODE, List.of("postcode", "post code", "district")),
                    Map.entry(COUNCIL, List.of("council", "local authority", "borough")),
                    Map.entry(TRAVEL_MILES, List.of("travel", "miles", "distance")),
                    Map.entry(DRIVES, List.of("drives", "driver", "car")),
                    Map.entry(SKILLS, List.of("skill", "qualification", "training")),
                    Map.entry(ROLES, List.of("role", "job", "position", "occupation")),
                    Map.entry(ENGLISH, List.of("english", "ielts")),
                    Map.entry(HOURS, List.of("hours")),
                    Map.entry(REASON, List.of("reason", "why")),
                    Map.entry(VISA_ROUTE, List.of("visa route", "visa type", "route", "visa")),
                    Map.entry(DEPENDANTS, List.of("dependant", "dependent", "children")),
                    Map.entry(STAGE, List.of("stage", "status", "progress")),
                    Map.entry(CONSENT, List.of("consent", "agreed")),
                    Map.entry(SOURCE, List.of("source", "referred", "referral")),
                    Map.entry(NATIONALITY, List.of("nationality", "country")),
                    Map.entry(LANGUAGE, List.of("language")),
                    Map.entry(SEX, List.of("sex", "gender")),
                    Map.entry(NOTES, List.of("note", "comment")),
                    Map.entry(NAME, List.of("name", "worker", "person", "candidate"))));

    /**
     * The fields that identify a person. Their values are never quoted in an import's problems: the report's message
     * can reach a log file, and the data folder's log must hold nothing personal (ADR 0028).
     */
    public boolean isPersonal() {
        return switch (this) {
            case NAME, PHONE, WHATSAPP, EMAIL, DATE_OF_BIRTH, POSTCODE, NOTES -> true;
            default -> false;
        };
    }

    private final String code;
    private final String label;

    WorkerField(String code, String label) {
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
