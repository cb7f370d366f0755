package org.irwatch.core.workers;

/**
 * Where the worker lives and how far they can go.
 *
 * @param postcode a full postcode or just its district ("CV1")
 * @param councilGss the council the postcode falls in (derived, editable); empty when not known
 * @param travelMiles null when not said
 */
public record Place(String postcode, String councilGss, Integer travelMiles, boolean drives) {

    public Place {
        postcode = Text.clean(postcode);
        councilGss = Text.clean(councilGss);
    }
}
