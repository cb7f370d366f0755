package org.irwatch.core.placements;

/**
 * One reason a location is offered, with the points it adds to the score (0 for a condition it must meet).
 *
 * @param restricted whether it comes from restricted data (certificates of sponsorship): shown with a "restricted"
 *                   tag, left out of shared outputs
 */
public record PlacementFactor(String name, int points, String reason, boolean restricted) {

    public String describe() {
        return name + ": " + reason + (points == 0 ? "" : " (+" + points + ")");
    }
}
