package org.irwatch.core.imports.table;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import org.irwatch.core.settings.SettingsRepository;

/**
 * Remembers the column mapping chosen for a sheet's layout, keyed by its set of header names, so next month's file of
 * the same layout is offered the same mapping. Each kind of record keeps its mappings under its own settings prefix.
 */
public final class RememberedMappings<F extends Enum<F> & ImportField> {

    private final SettingsRepository settings;
    private final String prefix;
    private final FieldCatalogue<F> catalogue;

    /** @param prefix the settings names' start, e.g. "events.mapping." */
    public RememberedMappings(SettingsRepository settings, String prefix, FieldCatalogue<F> catalogue) {
        this.settings = settings;
        this.prefix = prefix;
        this.catalogue = catalogue;
    }

    public FieldCatalogue<F> catalogue() {
        return catalogue;
    }

    /** The mapping remembered for this header, else a guess from its names. */
    public ColumnMapping<F> offer(List<String> header) {
        return settings.get(key(header)).map(text -> ColumnMapping.decode(catalogue, text))
                .filter(mapping -> mapping.columns().values().stream().allMatch(header::contains))
                .orElseGet(() -> ColumnMapping.guess(catalogue, header));
    }

    public boolean isRemembered(List<String> header) {
        return settings.get(key(header)).isPresent();
    }

    public void remember(List<String> header, ColumnMapping<F> mapping) {
        settings.put(key(header), mapping.encode());
    }

    /** Order and case of the headers do not matter; the key fits the settings' 100-character names. */
    String key(List<String> header) {
        String names = String.join("\n", header.stream().map(h -> h.strip().toLowerCase(Locale.UK)).sorted().toList());
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(names.getBytes(StandardCharsets.UTF_8));
            return prefix + HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
