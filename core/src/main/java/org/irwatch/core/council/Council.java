package org.irwatch.core.council;

import java.util.List;

/** A council with adult social care duties, identified by its ONS GSS code (E06, E08, E09, E10). */
public record Council(String gssCode, String name, String officialName, CouncilType type, Region region,
                      List<String> nameVariants) {

    public Council {
        nameVariants = List.copyOf(nameVariants);
    }
}
