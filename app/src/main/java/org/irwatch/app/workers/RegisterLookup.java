package org.irwatch.app.workers;

import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.irwatch.core.market.MarketData;
import org.irwatch.core.market.MarketLocation;
import org.irwatch.core.market.MarketProvider;
import org.irwatch.core.market.MarketService;
import org.irwatch.core.market.SearchHit;
import org.irwatch.core.matching.StoredMatch;
import org.irwatch.core.workers.PostcodeCouncils;

/**
 * What the forms look up in the market the app already holds: a former sponsor found with the window's own search
 * (by sponsor, provider or location name, postcode or ID), and postcode districts with their council where the data
 * held makes it sure (the import's rule, {@link PostcodeCouncils}). Safe to call off the JavaFX thread.
 */
public final class RegisterLookup {

    private static final int LIMIT = 12;

    private final MarketService market;
    private MarketData indexed;
    private Map<String, District> districts = Map.of();
    private PostcodeCouncils councils = PostcodeCouncils.NONE;

    public RegisterLookup(MarketService market) {
        this.market = market;
    }

    /**
     * A sponsor as the form keeps it.
     *
     * @param sponsorKey the register's organisation key; empty when the provider has no sponsor match
     * @param providerId the CQC provider matched; empty when typed and not found
     * @param detail where it was found, for the suggestion list
     */
    public record SponsorChoice(String name, String sponsorKey, String providerId, String detail) {

        /** What the list and the field show. */
        public String text() {
            return detail.isEmpty() ? name : name + "  —  " + detail;
        }
    }

    /** A postcode district ("CV1") and its council; empty when the data held cannot say for sure. */
    public record District(String district, String councilGss, String councilName) {

        public String text() {
            return councilName.isEmpty() ? district : district + "  —  " + councilName;
        }
    }

    /** Sponsors (or, when a provider has none, the provider) for the text typed, best first. */
    public List<SponsorChoice> sponsors(String typed) {
        Map<String, SponsorChoice> found = new LinkedHashMap<>();
        for (SearchHit hit : market.search(typed, LIMIT)) {
            SponsorChoice choice = choice(hit.provider());
            found.putIfAbsent(choice.sponsorKey().isEmpty() ? "p:" + choice.providerId() : choice.sponsorKey(),
                    choice);
        }
        return List.copyOf(found.values());
    }

    private static SponsorChoice choice(MarketProvider provider) {
        StoredMatch.SponsorRef sponsor = provider.hasSponsorMatch() ? provider.match().sponsor()
                : provider.formerSponsor();
        if (sponsor == null) {
            return new SponsorChoice(provider.name(), "", provider.providerId(), "CQC provider, no sponsor found");
        }
        String town = sponsor.town() == null || sponsor.town().isBlank() ? "" : sponsor.town() + "; ";
        return new SponsorChoice(sponsor.name(), sponsor.key(), provider.providerId(),
                town + "CQC: " + provider.name());
    }

    /** Districts starting with the text typed ("CV" lists CV1, CV2...), in order. */
    public List<District> districts(String typed) {
        String prefix = outward(typed);
        return index().values().stream().filter(d -> d.district().startsWith(prefix))
                .sorted(Comparator.comparing((District d) -> d.district().length()).thenComparing(District::district))
                .limit(LIMIT).toList();
    }

    /**
     * The council of a full postcode (a care location's own) or of a district lying in one council; empty when no
     * location there is known.
     */
    public Optional<District> districtOf(String postcode) {
        return Optional.ofNullable(index().get(outward(postcode))).map(district -> {
            String gss = councilsHeld().councilOf(postcode);
            return new District(district.district(), gss, gss.isEmpty() ? "" : market.councilName(gss));
        });
    }

    private synchronized PostcodeCouncils councilsHeld() {
        index();
        return councils;
    }

    /** "cv1 2ab" and "CV12AB" read "CV1"; a district alone is kept as typed. */
    static String outward(String postcode) {
        String text = postcode == null ? "" : postcode.strip().toUpperCase(Locale.ROOT);
        if (text.contains(" ")) {
            return text.substring(0, text.indexOf(' '));
        }
        // Without a space, the inward code is always the last three characters (digit, letter, letter).
        return text.length() >= 5 && text.matches(".*\\d[A-Z]{2}") ? text.substring(0, text.length() - 3) : text;
    }

    private synchronized Map<String, District> index() {
        MarketData data = market.data();
        if (data != indexed) {
            Map<String, String> councilByPostcode = new HashMap<>();
            for (MarketProvider provider : data.providers()) {
                for (MarketLocation location : provider.locations()) {
                    if (location.postcode() != null && location.councilGssCode() != null) {
                        councilByPostcode.put(location.postcode(), location.councilGssCode());
                    }
                }
            }
            councils = new PostcodeCouncils(councilByPostcode);
            Map<String, District> built = new TreeMap<>();
            for (String postcode : councilByPostcode.keySet()) {
                built.computeIfAbsent(outward(postcode), district -> {
                    String gss = councils.councilOf(district);
                    return new District(district, gss, gss.isEmpty() ? "" : market.councilName(gss));
                });
            }
            districts = built;
            indexed = data;
        }
        return districts;
    }
}
