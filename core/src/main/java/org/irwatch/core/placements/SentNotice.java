package org.irwatch.core.placements;

import java.time.Instant;

/** A notice recorded as sent to the employers who opted in: for which area, to how many, by whom, when. */
public record SentNotice(String area, int recipients, String sentBy, Instant sentAt) {
}
