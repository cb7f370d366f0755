package org.irwatch.data.snapshot;

import java.util.ArrayList;
import java.util.List;
import org.irwatch.core.register.Licence;
import org.irwatch.core.register.LicenceType;
import org.irwatch.core.register.Rating;

/**
 * Stores an organisation's licences in one column (one line each: type, rating, raw "Type &amp; Rating", route,
 * tab-separated). One row per organisation instead of one per licence halves what a national import writes;
 * tabs and line breaks inside the register's text are turned into spaces first.
 */
public final class LicenceCodec {

    private LicenceCodec() {
    }

    public static String encode(List<Licence> licences) {
        StringBuilder text = new StringBuilder();
        for (Licence licence : licences) {
            if (!text.isEmpty()) {
                text.append('\n');
            }
            text.append(licence.type().name()).append('\t').append(licence.rating().name()).append('\t')
                    .append(clean(licence.typeAndRating())).append('\t').append(clean(licence.route()));
        }
        return text.toString();
    }

    public static List<Licence> decode(String text) {
        List<Licence> licences = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return licences;
        }
        for (String line : text.split("\n")) {
            String[] parts = line.split("\t", -1);
            licences.add(new Licence(LicenceType.valueOf(parts[0]), Rating.valueOf(parts[1]), parts[2], parts[3]));
        }
        return licences;
    }

    private static String clean(String text) {
        return text.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
    }
}
