package org.irwatch.core.matching;

import java.util.HashMap;
import java.util.Map;

/**
 * A map made of a large base that is never changed and a small layer of changes over it: a new register snapshot
 * changes 1% of a 120,000-entry index, and copying the whole of it for each cost more than the rest of the re-match.
 */
final class LayeredMap<K, V> {

    private final Map<K, V> base;
    private final Map<K, V> changed;

    private LayeredMap(Map<K, V> base, Map<K, V> changed) {
        this.base = base;
        this.changed = changed;
    }

    /** Over {@code base}, which the caller must not change afterwards. */
    static <K, V> LayeredMap<K, V> over(Map<K, V> base) {
        return new LayeredMap<>(base, Map.of());
    }

    V get(K key) {
        V value = changed.get(key);
        return value != null ? value : base.get(key);
    }

    /** This map with entries put (replacing any); this one is left as it is. */
    LayeredMap<K, V> with(Map<K, V> puts) {
        Map<K, V> nowChanged = new HashMap<>(changed);
        nowChanged.putAll(puts);
        return new LayeredMap<>(base, nowChanged);
    }
}
