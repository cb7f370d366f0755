package org.irwatch.core.register;

/** One row of the register for an organisation: its licence type and rating on one route, raw text kept. */
public record Licence(LicenceType type, Rating rating, String typeAndRating, String route) {
}
