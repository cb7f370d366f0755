package org.irwatch.core.cqc;

/** A provider registered with the CQC. Company number and brand are known only from some CQC files. */
public record CareProvider(String providerId, String name, String companiesHouseNumber, String brandName) {
}
