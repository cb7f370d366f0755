package org.irwatch.core.workers;

/**
 * Something that stops a record being saved, for the form to show beside the field and the import beside the column.
 */
public record WorkerProblem(WorkerField field, String message) {
}
