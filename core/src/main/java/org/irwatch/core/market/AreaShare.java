package org.irwatch.core.market;

/** An area's share of adult social care locations run by sponsors, 0..1, to set beside a council's as comparator. */
public record AreaShare(String area, double share) {
}
