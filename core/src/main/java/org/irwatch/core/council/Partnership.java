package org.irwatch.core.council;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * A named set of councils that report together (a sub-region such as Coventry and Warwickshire, a buddying scheme,
 * or councils of several regions). Its councils are kept distinct and in name order.
 */
public record Partnership(String name, List<Council> councils) {

    public Partnership {
        name = Objects.requireNonNull(name, "name").strip();
        councils = councils.stream().distinct().sorted(Comparator.comparing(Council::name)).toList();
    }

    /** The councils' names joined for a list or a cover sheet: "Coventry, Warwickshire". */
    public String councilNames() {
        return String.join(", ", councils.stream().map(Council::name).toList());
    }
}
