package org.irwatch.core.events;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import org.irwatch.core.settings.SettingsRepository;

/**
 * Remembers the column mapping chosen for a tracker layout, keyed by its set of header names, so next month's file of
 * the same layout is offered the same mapping.
 */
public final class TrackerMappings {

    static final String PREFIX = "events.mapping.";

    private final SettingsRepository settings;

    public TrackerMappings(SettingsRepository settings) {
        this.settings = settings;
    }

    /** The mapping remembered for this header, else a guess from its names. */
    public ColumnMapping offer(List<String> header) {
        return settings.get(key(header)).map(ColumnMapping::decode)
                .filter(mapping -> mapping.columns().values().stream().allMatch(header::contains))
                .orElseGet(() -> ColumnMapping.guess(header));
    }

    public boolean isRemembered(List<String> header) {
        return settings.get(key(header)).isPresent();
    }

    public void remember(List<String> header, ColumnMapping mapping) {
        settings.put(key(header), mapping.encode());
    }

    /** Order and case of the headers do not matter; the key fits the settings' 100-character names. */
    static String key(List<String> header) {
        String names = String.join("\n", header.stream().map(h -> h.strip().toLowerCase(Locale.UK)).sorted().toList());
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(names.getBytes(StandardCharsets.UTF_8));
            return PREFIX + HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
