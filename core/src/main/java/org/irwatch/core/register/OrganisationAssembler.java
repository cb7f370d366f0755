package org.irwatch.core.register;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns register rows (one per organisation and route) into organisations with their licences, in the order
 * first seen, with the first row's name, town and county exactly as written. Cells joined with " / " (2020 PDF conversions) are split and paired by position; when the two
 * cells split into different counts, the last licence type stands for the extra routes and vice versa.
 */
public final class OrganisationAssembler {

    private static final String JOIN = " / ";

    private final Map<String, Builder> byKey = new LinkedHashMap<>();

    public void add(RegisterRow row) {
        Builder builder = byKey.computeIfAbsent(OrganisationKey.of(row.name(), row.town()),
                key -> new Builder(key, row));
        String[] types = row.typeAndRating().split(JOIN, -1);
        String[] routes = row.route().split(JOIN, -1);
        int pairs = Math.max(types.length, routes.length);
        for (int i = 0; i < pairs; i++) {
            String typeAndRating = types[Math.min(i, types.length - 1)].strip();
            String route = routes[Math.min(i, routes.length - 1)].strip();
            TypeAndRating parsed = TypeAndRating.parse(typeAndRating);
            builder.licences.add(new Licence(parsed.type(), parsed.rating(), typeAndRating, route));
        }
    }

    public int organisationCount() {
        return byKey.size();
    }

    public List<SponsorOrganisation> organisations() {
        List<SponsorOrganisation> organisations = new ArrayList<>(byKey.size());
        for (Builder builder : byKey.values()) {
            organisations.add(new SponsorOrganisation(builder.first.name(), builder.first.town(), builder.first.county(),
                    builder.licences, builder.key));
        }
        return organisations;
    }

    private static final class Builder {
        private final String key;
        private final RegisterRow first;
        private final List<Licence> licences = new ArrayList<>(2);

        Builder(String key, RegisterRow first) {
            this.key = key;
            this.first = first;
        }
    }
}
