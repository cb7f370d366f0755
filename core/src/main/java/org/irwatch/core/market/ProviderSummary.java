package org.irwatch.core.market;

/** One adult social care provider as the Providers screen lists it, limited to the chosen scope. */
public record ProviderSummary(String providerId, String name, int locationsInScope, int locationsEverywhere,
                              String councils, int careHomeBeds) {
}
