package org.irwatch.core.council;

/**
 * An English region. ONS and CQC spell two of them differently ("East of England" / "East",
 * "Yorkshire and The Humber" / "Yorkshire &amp; Humberside"), so both spellings are kept.
 */
public record Region(String code, String onsName, String cqcName) {

    public boolean isNamed(String name) {
        return onsName.equalsIgnoreCase(name.strip()) || cqcName.equalsIgnoreCase(name.strip());
    }
}
