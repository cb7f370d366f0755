package org.irwatch.core.workers;

/**
 * Something that stops a record being saved, for the form to show beside the field.
 *
 * @param field the record part it is about: "name", "phone", "consent", "stage", "deadline", "council"
 */
public record WorkerProblem(String field, String message) {
}
