package org.irwatch.core.workers;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One move in the pipeline, kept for good as the worker's audit trail.
 *
 * @param from null for the first stage a worker is registered at
 * @param on the date the move happened (typed, may be before it was recorded)
 * @param recordedAt when it was recorded
 * @param by who recorded it
 */
public record StageChange(Stage from, Stage to, LocalDate on, Instant recordedAt, String by) {
}
