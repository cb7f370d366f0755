package org.irwatch.core.workers;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * A displaced worker's record as a hub worker keeps it: who, where, what work, their situation, welfare, consent,
 * who referred them, and where they are in the pipeline with every move.
 *
 * @param id null until stored
 * @param lastContact the last time someone spoke with them, as typed; null when only the pipeline says
 * @param placement null until placed
 * @param history every stage change, oldest first; the last one's {@code to} is {@code stage}
 */
public record Worker(Long id, Person person, Place place, Work work, Situation situation, Welfare welfare,
                     Consent consent, ReferralSource source, Stage stage, LocalDate registeredOn,
                     LocalDate lastContact, Placement placement, String notes, List<StageChange> history) {

    public Worker {
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(registeredOn, "registeredOn");
        welfare = welfare == null ? Welfare.NONE : welfare;
        notes = Text.clean(notes);
        history = List.copyOf(history);
    }

    public Worker withId(long newId) {
        return new Worker(newId, person, place, work, situation, welfare, consent, source, stage, registeredOn,
                lastContact, placement, notes, history);
    }

    /** The record moved to a stage, with the move added to its history. */
    public Worker movedTo(StageChange change) {
        return new Worker(id, person, place, work, situation, welfare, consent, source, change.to(), registeredOn,
                lastContact, placement, notes, Stream.concat(history.stream(), Stream.of(change)).toList());
    }

    /** The record with its new employer and start date. */
    public Worker withPlacement(Placement newPlacement) {
        return new Worker(id, person, place, work, situation, welfare, consent, source, stage, registeredOn,
                lastContact, newPlacement, notes, history);
    }

    /** The record with another history (a merge keeps both records' moves, in date order). */
    public Worker withHistory(List<StageChange> newHistory) {
        return new Worker(id, person, place, work, situation, welfare, consent, source, stage, registeredOn,
                lastContact, placement, notes, newHistory);
    }

    /** The latest of the typed last contact, the last stage move and registration. */
    public LocalDate lastContactOn() {
        // A loop, not a stream: the needs-action view asks this of every record held.
        LocalDate latest = lastContact != null && lastContact.isAfter(registeredOn) ? lastContact : registeredOn;
        for (StageChange change : history) {
            if (change.on().isAfter(latest)) {
                latest = change.on();
            }
        }
        return latest;
    }

    /**
     * The date the current stage was last reached: registration when never moved. Searched from the end, since a
     * merged history holds the other record's moves too.
     */
    public LocalDate stageSince() {
        for (int i = history.size() - 1; i >= 0; i--) {
            if (history.get(i).to() == stage) {
                return history.get(i).on();
            }
        }
        return registeredOn;
    }

    public Reason reason() {
        return situation == null ? null : situation.reason();
    }

    public LocalDate deadline() {
        return situation == null ? null : situation.deadline();
    }

    public String councilGss() {
        return place == null ? "" : place.councilGss();
    }

    /** What stays of the record for the counts once its personal fields are removed. */
    public WorkerFacets facets() {
        return new WorkerFacets(id, councilGss(), stage, reason(), work == null ? java.util.Set.of() : work.roles(),
                person.nationality(), person.sex(), source == null ? null : source.kind(),
                source == null ? null : source.fairId(), registeredOn, stageSince(), false);
    }
}
