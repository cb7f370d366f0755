package org.irwatch.core.placements;

/**
 * Open posts of one role at an ethical employer.
 *
 * @param hours e.g. "37.5 a week", as the employer gave it; empty when not given
 * @param pay e.g. "£12.60 an hour", as the employer gave it; empty when not given
 */
public record Vacancy(PlacementRole role, int count, String hours, String pay) {

    public Vacancy {
        if (count < 0) {
            throw new IllegalArgumentException("A vacancy count cannot be negative: " + count);
        }
        hours = hours == null ? "" : hours.strip();
        pay = pay == null ? "" : pay.strip();
    }

    public String describe() {
        String terms = String.join(", ", java.util.stream.Stream.of(hours, pay).filter(s -> !s.isEmpty()).toList());
        return count + " " + role.label().toLowerCase(java.util.Locale.ROOT) + (count == 1 ? " post" : " posts")
                + (terms.isEmpty() ? "" : " (" + terms + ")");
    }
}
