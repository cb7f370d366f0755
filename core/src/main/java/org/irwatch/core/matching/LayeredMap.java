package org.irwatch.core.matching;

import java.util.AbstractSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A map made of a large base that is never changed and small layers of changes over it: a new register snapshot
 * changes 1% of a 120,000-entry index, and copying the whole of it for each cost more than the rest of the re-match.
 */
final class LayeredMap<K, V> {

    private final Map<K, V> base;
    private final Map<K, V> changed;
    private final Set<K> removed;

    private LayeredMap(Map<K, V> base, Map<K, V> changed, Set<K> removed) {
        this.base = base;
        this.changed = changed;
        this.removed = removed;
    }

    /** Over {@code base}, which the caller must not change afterwards. */
    static <K, V> LayeredMap<K, V> over(Map<K, V> base) {
        return new LayeredMap<>(base, Map.of(), Set.of());
    }

    V get(K key) {
        V value = changed.get(key);
        if (value != null) {
            return value;
        }
        return removed.contains(key) ? null : base.get(key);
    }

    /** This map with entries put (replacing any) and keys removed; this one is left as it is. */
    LayeredMap<K, V> with(Map<K, V> puts, Set<K> removals) {
        Map<K, V> nowChanged = new HashMap<>(changed);
        Set<K> nowRemoved = new HashSet<>(removed);
        for (K key : removals) {
            nowChanged.remove(key);
            nowRemoved.add(key);
        }
        puts.forEach((key, value) -> {
            nowChanged.put(key, value);
            nowRemoved.remove(key);
        });
        return new LayeredMap<>(base, nowChanged, nowRemoved);
    }

    /** The keys present, as a view. */
    Set<K> keys() {
        return new AbstractSet<>() {
            @Override
            public boolean contains(Object key) {
                @SuppressWarnings("unchecked")
                K k = (K) key;
                return get(k) != null;
            }

            @Override
            public Iterator<K> iterator() {
                return Stream.concat(base.keySet().stream().filter(k -> !removed.contains(k) && !changed.containsKey(k)),
                        changed.keySet().stream()).iterator();
            }

            @Override
            public int size() {
                return (int) Stream.concat(base.keySet().stream()
                        .filter(k -> !removed.contains(k) && !changed.containsKey(k)), changed.keySet().stream()).count();
            }
        };
    }
}
