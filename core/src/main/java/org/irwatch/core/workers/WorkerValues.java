package org.irwatch.core.workers;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.irwatch.core.common.UkDates;
import org.irwatch.core.imports.table.BadValueException;

/**
 * Reads the values hubs write in their lists and the form's fields: dates, yes or no, whole numbers, and the words
 * used for roles, reasons, stages and the like. Each refusal says what would be read, for the import report.
 */
public final class WorkerValues {

    private static final Set<String> YES = Set.of("yes", "y", "true", "1", "agreed", "given", "x", "✓", "ok");
    private static final Set<String> NO = Set.of("no", "n", "false", "0", "not given", "refused", "withdrawn");

    /** Words people use for each choice beside its label and name. */
    private static final Map<String, Enum<?>> SYNONYMS = Map.ofEntries(
            Map.entry("carer", Role.CARE_WORKER), Map.entry("care assistant", Role.CARE_WORKER),
            Map.entry("support worker", Role.CARE_WORKER), Map.entry("hca", Role.CARE_WORKER),
            Map.entry("healthcare assistant", Role.CARE_WORKER), Map.entry("senior carer", Role.SENIOR_CARE_WORKER),
            Map.entry("senior", Role.SENIOR_CARE_WORKER), Map.entry("rgn", Role.NURSE),
            Map.entry("registered nurse", Role.NURSE), Map.entry("ot", Role.OCCUPATIONAL_THERAPIST),
            Map.entry("revoked", Reason.LICENCE_REVOKED), Map.entry("revocation", Reason.LICENCE_REVOKED),
            Map.entry("suspended", Reason.LICENCE_SUSPENDED), Map.entry("suspension", Reason.LICENCE_SUSPENDED),
            Map.entry("insufficient work", Reason.NOT_ENOUGH_WORK), Map.entry("no work", Reason.NOT_ENOUGH_WORK),
            Map.entry("not enough hours", Reason.NOT_ENOUGH_WORK), Map.entry("unhappy", Reason.UNHAPPY_OR_CONCERN),
            Map.entry("concern", Reason.UNHAPPY_OR_CONCERN), Map.entry("exploitation", Reason.UNHAPPY_OR_CONCERN),
            Map.entry("f", Sex.FEMALE), Map.entry("woman", Sex.FEMALE), Map.entry("m", Sex.MALE),
            Map.entry("man", Sex.MALE), Map.entry("health and care", VisaRoute.HEALTH_AND_CARE_WORKER),
            Map.entry("health and care visa", VisaRoute.HEALTH_AND_CARE_WORKER),
            Map.entry("hcw", VisaRoute.HEALTH_AND_CARE_WORKER), Map.entry("skilled worker visa", VisaRoute.SKILLED_WORKER),
            Map.entry("refugee", VisaRoute.OTHER_RIGHT_TO_WORK), Map.entry("other", VisaRoute.OTHER_RIGHT_TO_WORK),
            Map.entry("cos assigned", Stage.COS_ASSIGNED), Map.entry("cos", Stage.COS_ASSIGNED),
            Map.entry("interview", Stage.INTERVIEW_ARRANGED), Map.entry("offer", Stage.OFFER_MADE),
            Map.entry("new", Stage.REGISTERED), Map.entry("left uk", Stage.LEFT_UK),
            Map.entry("fair", SourceKind.JOB_FAIR), Map.entry("cab", SourceKind.CITIZENS_ADVICE),
            Map.entry("self", SourceKind.SELF_REFERRAL), Map.entry("church", SourceKind.FAITH_GROUP),
            Map.entry("mosque", SourceKind.FAITH_GROUP), Map.entry("temple", SourceKind.FAITH_GROUP),
            Map.entry("council", SourceKind.COUNCIL_TEAM), Map.entry("nvq", Skill.NVQ_OR_DIPLOMA),
            Map.entry("diploma", Skill.NVQ_OR_DIPLOMA), Map.entry("manual handling", Skill.MOVING_AND_HANDLING),
            Map.entry("driving", Skill.DRIVING_LICENCE));

    private WorkerValues() {
    }

    /** A date as {@link UkDates#parse} reads it; null for blank. */
    public static LocalDate date(String text) {
        try {
            return UkDates.parse(text);
        } catch (UkDates.NotADateException e) {
            throw new BadValueException(e.reason());
        }
    }

    /** Yes or no; false for blank. */
    public static boolean yesNo(String text) {
        String plain = key(text);
        if (plain.isEmpty() || NO.contains(plain)) {
            return false;
        }
        if (YES.contains(plain)) {
            return true;
        }
        throw new BadValueException("is not yes or no.");
    }

    /** A whole number from 0; null for blank. */
    public static Integer count(String text) {
        String plain = text == null ? "" : text.strip();
        if (plain.isEmpty()) {
            return null;
        }
        if (!plain.matches("\\d{1,6}")) {
            throw new BadValueException("is not a whole number of 0 or more.");
        }
        return Integer.parseInt(plain);
    }

    /** One of {@code type}'s choices by its label, its name or a word people use for it; null for blank. */
    public static <E extends Enum<E> & Labelled> E choice(String text, Class<E> type, String what) {
        String plain = key(text);
        if (plain.isEmpty()) {
            return null;
        }
        for (E value : type.getEnumConstants()) {
            if (key(value.label()).equals(plain) || key(value.name()).equals(plain)) {
                return value;
            }
        }
        Enum<?> synonym = SYNONYMS.get(plain);
        if (type.isInstance(synonym)) {
            return type.cast(synonym);
        }
        throw new BadValueException("is not a known " + what + "; write one of: " + String.join(", ",
                Arrays.stream(type.getEnumConstants()).map(v -> v.label().toLowerCase(Locale.UK)).toList()) + ".");
    }

    /** Several choices separated by commas, semicolons, slashes or "and"; empty for blank. */
    public static <E extends Enum<E> & Labelled> Set<E> choices(String text, Class<E> type, String what) {
        Set<E> set = EnumSet.noneOf(type);
        for (String part : (text == null ? "" : text).split("[,;/+]|\\band\\b")) {
            E value = choice(part, type, what);
            if (value != null) {
                set.add(value);
            }
        }
        return set;
    }

    /** Lower case, single spaces, no stray punctuation at the ends, underscores as spaces. */
    private static String key(String text) {
        return text == null ? "" : text.strip().toLowerCase(Locale.UK).replace('_', ' ').replaceAll("\\s+", " ")
                .replaceAll("^[\\p{Punct}&&[^✓]]+|[\\p{Punct}]+$", "");
    }
}
