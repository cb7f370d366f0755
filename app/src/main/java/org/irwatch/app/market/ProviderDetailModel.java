package org.irwatch.app.market;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.irwatch.app.common.MatchScore;
import org.irwatch.core.common.UkDates;
import org.irwatch.core.events.EnforcementEvent;
import org.irwatch.core.market.MarketData;
import org.irwatch.core.market.MarketLocation;
import org.irwatch.core.market.MarketProvider;
import org.irwatch.core.market.RiskScore;
import org.irwatch.core.market.RiskScorer;
import org.irwatch.core.matching.MatchBand;
import org.irwatch.core.matching.StoredMatch;
import org.irwatch.core.register.ChangeType;
import org.irwatch.core.register.RegisterChange;

/**
 * What the provider detail shows, worked out from the provider held in memory: the summary line, the match in words,
 * its locations in every council and one timeline of recorded events and register changes.
 */
public final class ProviderDetailModel {

    private final MarketProvider provider;
    private final MarketData data;
    private final Function<String, String> councilName;

    /** One dated line of the timeline. */
    public record TimelineEntry(LocalDate date, String what, String detail) {
    }

    /** A location with its council's name. */
    public record LocationRow(MarketLocation location, String council) {
    }

    /** @param data the market the provider was read from: its dates, and which CQC columns it held */
    public ProviderDetailModel(MarketProvider provider, MarketData data, Function<String, String> councilName) {
        this.provider = provider;
        this.data = data;
        this.councilName = councilName;
    }

    public MarketProvider provider() {
        return provider;
    }

    /** The market the provider was read from, for what its CQC file held. */
    public MarketData data() {
        return data;
    }

    /** "CQC provider 1-101 · 4 locations in 2 councils · based in Birmingham". */
    public String summary() {
        int locations = provider.locations().size();
        int councils = provider.councils().size();
        return "CQC provider " + provider.providerId() + "  ·  " + locations + " adult social care location"
                + (locations == 1 ? "" : "s") + " in " + councils + " council" + (councils == 1 ? "" : "s")
                + provider.homeCouncil().map(c -> "  ·  based in " + councilName.apply(c)).orElse("");
    }

    /** The licence as it stands, e.g. "Suspended since 3 May 2026" or "Active". */
    public String licence() {
        if (!provider.hasSponsorMatch() && provider.formerSponsor() == null && provider.events().isEmpty()) {
            return "No sponsor licence found on the register";
        }
        return provider.status().label() + provider.latestEvent().map(e -> " since " + UkDates.day(e.actionDate()))
                .orElse("");
    }

    public RiskScore score() {
        return RiskScorer.score(provider);
    }

    /** How sure the match is, in words: band, score and why. */
    public String matchInWords() {
        StoredMatch match = provider.match();
        if (provider.hasSponsorMatch()) {
            return match.band().label() + " match (score " + MatchScore.text(match.score()) + " of 100): "
                    + match.evidence();
        }
        if (provider.formerSponsor() != null) {
            return "Matched before to " + provider.formerSponsor().name() + ", which has left the newest register.";
        }
        if (match != null && match.band() == MatchBand.REJECTED) {
            return "A reviewer rejected the match with " + match.sponsor().name() + ".";
        }
        return "No register organisation matched this provider.";
    }

    /** Medium and Low matches are for a person to confirm or reject in the review queue. */
    public boolean needsReview() {
        return provider.isUncertainSponsor();
    }

    public List<StoredMatch.Candidate> runnersUp() {
        return provider.match() == null ? List.of() : provider.match().candidates();
    }

    public List<LocationRow> locations() {
        return provider.locations().stream()
                .map(l -> new LocationRow(l, councilName.apply(l.councilGssCode())))
                .sorted(Comparator.comparing(LocationRow::council).thenComparing(r -> r.location().name()))
                .toList();
    }

    /** Recorded events and the register's changes to its sponsor (dated at the newer register), newest first. */
    public List<TimelineEntry> timeline() {
        List<TimelineEntry> entries = new ArrayList<>();
        for (EnforcementEvent event : provider.events()) {
            entries.add(new TimelineEntry(event.actionDate(), event.action().label(), eventDetail(event)));
        }
        if (data.dates().register() != null) {
            for (RegisterChange change : provider.registerChanges()) {
                entries.add(new TimelineEntry(data.dates().register(), change.change().label() + " (register)",
                        changeDetail(change)));
            }
        }
        entries.sort(Comparator.comparing(TimelineEntry::date).reversed());
        return entries;
    }

    private static String eventDetail(EnforcementEvent event) {
        List<String> parts = new ArrayList<>();
        if (event.workersAffected() != null) {
            parts.add(event.workersAffected() + " workers affected");
        }
        parts.add("as " + event.sponsorName());
        if (event.source() != null && !event.source().isBlank()) {
            parts.add("source: " + event.source());
        }
        if (event.notes() != null && !event.notes().isBlank()) {
            parts.add(event.notes());
        }
        return String.join("; ", parts);
    }

    private static String changeDetail(RegisterChange change) {
        String detail = change.organisationName();
        if (change.change() == ChangeType.RATING_CHANGED) {
            return detail + ": " + ratingChange(change);
        }
        if (!change.before().isEmpty() || !change.after().isEmpty()) {
            detail += ": " + (change.before().isEmpty() ? "–" : change.before()) + " → "
                    + (change.after().isEmpty() ? "–" : change.after());
        }
        return detail;
    }

    /**
     * A rating change in words. The register lists each licence with its rating, and a change compares the set of
     * ratings held ("A; B": one licence rated A, another B), so "A → A; B" means a licence is now rated B while
     * another is still rated A.
     */
    static String ratingChange(RegisterChange change) {
        Set<String> before = ratings(change.before());
        Set<String> after = ratings(change.after());
        String words = "rated " + String.join(" and ", before) + " → rated " + String.join(" and ", after);
        if (change.isDowngradeToB()) {
            Set<String> still = new TreeSet<>(after);
            still.remove("B");
            return words + " (a licence is now rated B: the Home Office found failings"
                    + (still.isEmpty() ? "" : "; another is still rated " + String.join(" and ", still)) + ")";
        }
        if (before.contains("B") && !after.contains("B")) {
            return words + " (no licence is rated B any more)";
        }
        return words;
    }

    /** The ratings an organisation's licences hold: "A", or "A and B (its licences are rated differently)". */
    static String ratingsInWords(String summary) {
        Set<String> held = ratings(summary);
        return held.size() < 2 ? summary : String.join(" and ", held) + " (its licences are rated differently: "
                + "one " + String.join(", another ", held) + ")";
    }

    private static Set<String> ratings(String summary) {
        return new TreeSet<>(Arrays.asList(summary.split("; ")));
    }
}
