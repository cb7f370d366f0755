package org.irwatch.core.market;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Finds providers by name, sponsor name, location name, postcode, provider ID or location ID. IDs match exactly,
 * postcodes from their start with or without the space, names anywhere; exact hits come first.
 */
public final class MarketSearch {

    private MarketSearch() {
    }

    public static List<SearchHit> find(MarketData data, String query, int limit) {
        String text = query == null ? "" : query.strip();
        if (text.length() < 2) {
            return List.of();
        }
        String lower = text.toLowerCase(Locale.ROOT);
        String postcode = text.replace(" ", "").toUpperCase(Locale.ROOT);
        boolean mayBePostcode = postcode.length() >= 3 && postcode.chars().anyMatch(Character::isDigit)
                && Character.isLetter(postcode.charAt(0));
        Map<String, SearchHit> exact = new LinkedHashMap<>();
        Map<String, SearchHit> partial = new LinkedHashMap<>();
        for (MarketProvider provider : data.providers()) {
            if (provider.providerId().equalsIgnoreCase(text)) {
                exact.put(provider.providerId(), new SearchHit(provider, null, "provider ID"));
            } else if (provider.name().toLowerCase(Locale.ROOT).contains(lower)) {
                partial.putIfAbsent(provider.providerId(), new SearchHit(provider, null, "provider name"));
            } else if (!provider.sponsorName().isEmpty()
                    && provider.sponsorName().toLowerCase(Locale.ROOT).contains(lower)) {
                partial.putIfAbsent(provider.providerId(), new SearchHit(provider, null, "sponsor name"));
            }
            for (MarketLocation location : provider.locations()) {
                if (location.locationId().equalsIgnoreCase(text)) {
                    exact.put(provider.providerId(), new SearchHit(provider, location, "location ID"));
                } else if (mayBePostcode && location.postcode() != null
                        && location.postcode().replace(" ", "").toUpperCase(Locale.ROOT).startsWith(postcode)) {
                    partial.putIfAbsent(provider.providerId(),
                            new SearchHit(provider, location, "postcode " + location.postcode()));
                } else if (location.name().toLowerCase(Locale.ROOT).contains(lower)) {
                    partial.putIfAbsent(provider.providerId(), new SearchHit(provider, location, "location name"));
                }
            }
        }
        List<SearchHit> hits = new ArrayList<>(exact.values());
        partial.forEach((id, hit) -> {
            if (!exact.containsKey(id)) {
                hits.add(hit);
            }
        });
        return hits.size() > limit ? List.copyOf(hits.subList(0, limit)) : List.copyOf(hits);
    }
}
