package org.irwatch.core.matching;

import java.util.List;

/** Collects a name's distinct words in a small list: a name has a handful, so a set per name is not worth it. */
final class DistinctWords {

    private DistinctWords() {
    }

    static void addTo(List<String> words, List<String> more) {
        for (int i = 0; i < more.size(); i++) {
            if (!words.contains(more.get(i))) {
                words.add(more.get(i));
            }
        }
    }
}
