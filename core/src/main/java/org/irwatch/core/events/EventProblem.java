package org.irwatch.core.events;

/** What is wrong with one part of an event, in a sentence that says what to enter instead. */
public record EventProblem(EventField field, String message) {
}
