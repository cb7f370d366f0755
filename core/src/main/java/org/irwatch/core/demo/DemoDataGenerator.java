package org.irwatch.core.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.irwatch.core.council.Council;
import org.irwatch.core.council.CouncilDirectory;
import org.irwatch.core.cqc.CareLocation;
import org.irwatch.core.cqc.CareProvider;
import org.irwatch.core.cqc.OverallRating;
import org.irwatch.core.events.EnforcementAction;
import org.irwatch.core.events.EnforcementEvent;
import org.irwatch.core.geo.GeoPoint;
import org.irwatch.core.register.Licence;
import org.irwatch.core.register.OrganisationKey;
import org.irwatch.core.register.LicenceType;
import org.irwatch.core.register.Rating;
import org.irwatch.core.register.SponsorOrganisation;

/**
 * Builds the demo data set for the West Midlands: the same seed always gives the same data, so screenshots,
 * tests and a user's first look agree. Names are assembled from neutral words; register names are written
 * the way the real register writes them (upper case, "Ltd" for "Limited", a "t/a" now and then) so the demo
 * exercises the same paths as real files.
 */
public final class DemoDataGenerator {

    public static final String REGION_CODE = "E12000005";
    public static final LocalDate CQC_DATE = LocalDate.of(2026, 10, 1);
    public static final LocalDate PREVIOUS_REGISTER_DATE = LocalDate.of(2026, 9, 28);
    public static final LocalDate LATEST_REGISTER_DATE = LocalDate.of(2026, 10, 27);

    private static final long SEED = 20240426L;
    private static final int PROVIDERS = 320;
    private static final int OTHER_SPONSORS = 180;
    /** One in this many providers without a sponsor gets a register entry that only resembles it. */
    private static final int DOUBTFUL_EVERY = 12;

    /**
     * Towns per council of the region, with their postcode districts and their centres near enough, so addresses look
     * local and distances come out as on a map (the districts' own centres are invented: {@link DemoPlace}).
     */
    private static final Map<String, List<DemoPlace>> PLACES = Map.ofEntries(
            Map.entry("E08000025", List.of(new DemoPlace("B", "Birmingham", 52.480, -1.900, range(1, 38)),
                    new DemoPlace("B", "Sutton Coldfield", 52.563, -1.822, 72, 73, 74, 75, 76))),
            Map.entry("E08000026", List.of(new DemoPlace("CV", "Coventry", 52.408, -1.510, 1, 2, 3, 4, 5, 6))),
            Map.entry("E08000027", List.of(new DemoPlace("DY", "Dudley", 52.512, -2.081, 1, 2, 3),
                    new DemoPlace("DY", "Stourbridge", 52.456, -2.148, 8, 9))),
            Map.entry("E08000028", List.of(new DemoPlace("B", "West Bromwich", 52.519, -1.995, 70, 71),
                    new DemoPlace("B", "Oldbury", 52.505, -2.016, 68, 69))),
            Map.entry("E08000029", List.of(new DemoPlace("B", "Solihull", 52.412, -1.778, 90, 91, 92, 93, 94))),
            Map.entry("E08000030", List.of(new DemoPlace("WS", "Walsall", 52.586, -1.982, 1, 2, 3, 4, 5, 8, 9))),
            Map.entry("E08000031", List.of(new DemoPlace("WV", "Wolverhampton", 52.586, -2.128, range(1, 14)))),
            Map.entry("E06000019", List.of(new DemoPlace("HR", "Hereford", 52.056, -2.716, 1, 2, 3, 4),
                    new DemoPlace("HR", "Leominster", 52.227, -2.737, 6))),
            Map.entry("E06000051", List.of(new DemoPlace("SY", "Shrewsbury", 52.708, -2.754, 1, 2, 3, 4, 5),
                    new DemoPlace("TF", "Market Drayton", 52.904, -2.484, 9))),
            Map.entry("E06000020", List.of(new DemoPlace("TF", "Telford", 52.678, -2.445, 1, 2, 3, 4, 5, 7))),
            Map.entry("E06000021", List.of(new DemoPlace("ST", "Stoke-on-Trent", 53.003, -2.180, 1, 2, 3, 4, 6))),
            Map.entry("E10000028", List.of(new DemoPlace("ST", "Stafford", 52.806, -2.117, 16, 17, 18),
                    new DemoPlace("WS", "Lichfield", 52.682, -1.826, 13, 14))),
            Map.entry("E10000031", List.of(new DemoPlace("CV", "Nuneaton", 52.523, -1.468, 10, 11),
                    new DemoPlace("CV", "Warwick", 52.282, -1.585, 34, 35))),
            Map.entry("E10000034", List.of(new DemoPlace("WR", "Worcester", 52.192, -2.220, 1, 2, 3, 4, 5),
                    new DemoPlace("DY", "Kidderminster", 52.388, -2.250, 10, 11))));

    private static final String[] FIRST = {"Meadow", "Oak", "Willow", "Rose", "Beech", "Elm", "Heather", "Brook",
        "Maple", "Ash", "Hazel", "Cedar", "Linden", "Orchard", "Fern", "Ivy", "Laurel", "Holly", "Birch", "Aspen",
        "Clover", "Juniper", "Primrose", "Bluebell", "Sycamore", "Rowan", "Hawthorn", "Poplar", "Foxglove", "Thistle"};
    private static final String[] SECOND = {"View", "Field", "Bank", "Court", "Grange", "Park", "Vale", "Side",
        "Lea", "Mount", "Gate", "Wood", "Hill", "Croft", "Dale"};
    private static final String[] PROVIDER_TAILS = {"Care Ltd", "Healthcare Limited", "Home Care Services Ltd",
        "Care Group Limited", "Support Services Ltd", "Care Homes Limited", "Community Care Ltd", "Nursing Ltd"};
    private static final String[] HOME_KINDS = {"House", "Lodge", "Court", "Manor", "Gardens", "Hall"};
    private static final String[] OTHER_TRADES = {"Engineering", "Software", "Logistics", "Restaurants", "Foods",
        "Construction", "Consulting", "Dental Practice", "Pharmacy", "Motors"};
    private static final String[] STREETS = {"High Street", "Church Road", "Station Road", "Park Lane",
        "Victoria Road", "Mill Lane", "London Road", "Green Lane", "Manor Road", "School Lane"};

    private final CouncilDirectory councils;

    /** A provider the register does not name, with the town of its first location. */
    private record Unsponsored(String name, String town) {
    }

    public DemoDataGenerator(CouncilDirectory councils) {
        this.councils = councils;
    }

    /** A demo council's first town; empty when the council has none. */
    static Optional<DemoPlace> placeOf(String councilGss) {
        List<DemoPlace> places = PLACES.get(councilGss);
        return places == null ? Optional.empty() : Optional.of(places.getFirst());
    }

    /** Every demo district's invented centre (ADR 0039), by district. */
    static Map<String, GeoPoint> districtCentres() {
        Map<String, GeoPoint> centres = new TreeMap<>();
        PLACES.values().forEach(places -> places.forEach(place -> centres.putAll(place.districtCentres())));
        return centres;
    }

    private static int[] range(int from, int to) {
        return IntStream.rangeClosed(from, to).toArray();
    }

    public DemoDataSet generate() {
        Random random = new Random(SEED);
        List<Council> region = councils.councils().stream()
                .filter(c -> c.region().code().equals(REGION_CODE) && PLACES.containsKey(c.gssCode()))
                .toList();
        if (region.isEmpty()) {
            throw new IllegalStateException("Council reference data lacks the West Midlands councils");
        }
        List<CareProvider> providers = new ArrayList<>();
        List<CareLocation> locations = new ArrayList<>();
        List<SponsorOrganisation> careSponsors = new ArrayList<>();
        List<Unsponsored> unsponsored = new ArrayList<>();
        Set<String> usedNames = new LinkedHashSet<>();
        int locationSeq = 0;
        for (int i = 0; i < PROVIDERS; i++) {
            String stem = uniqueStem(random, usedNames);
            String providerName = stem + " " + pick(random, PROVIDER_TAILS);
            String providerId = "1-" + (101_000_000 + i * 37);
            providers.add(new CareProvider(providerId, providerName, String.format(Locale.ROOT, "%08d", 9_000_000 + i),
                    random.nextInt(10) == 0 ? stem + " Care Group" : null));
            Council home = region.get(random.nextInt(region.size()));
            int locationCount = 1 + (random.nextInt(10) < 7 ? 0 : 1 + random.nextInt(3));
            String sponsorTown = null;
            for (int l = 0; l < locationCount; l++) {
                Council council = l == 0 || random.nextInt(3) > 0 ? home : region.get(random.nextInt(region.size()));
                DemoPlace place = pick(random, PLACES.get(council.gssCode()));
                boolean careHome = random.nextInt(100) < 55;
                String name = careHome ? stem + " " + pick(random, HOME_KINDS) : stem + " Home Care " + place.town();
                String postcode = place.district(1 + random.nextInt(30)) + " " + (1 + random.nextInt(9))
                        + (char) ('A' + random.nextInt(26)) + (char) ('A' + random.nextInt(26));
                locations.add(new CareLocation("1-" + (200_000_000 + locationSeq++ * 13), providerId, name,
                        (1 + random.nextInt(180)) + " " + pick(random, STREETS), place.town(), postcode,
                        council.gssCode(), careHome ? List.of(random.nextBoolean() ? "Nursing homes" : "Residential homes")
                                : List.of("Homecare agencies"),
                        true, careHome, !careHome, careHome ? 12 + random.nextInt(70) : null, rating(random), null));
                if (sponsorTown == null) {
                    sponsorTown = place.town();
                }
            }
            if (random.nextInt(100) < 42) {
                careSponsors.add(new SponsorOrganisation(registerSpelling(providerName, random), sponsorTown, "",
                        licences(random, random.nextInt(100) < 8 ? Rating.B : Rating.A)));
            } else {
                unsponsored.add(new Unsponsored(providerName, sponsorTown));
            }
        }
        List<SponsorOrganisation> others = new ArrayList<>();
        for (int i = 0; i < OTHER_SPONSORS; i++) {
            Council council = region.get(random.nextInt(region.size()));
            String town = pick(random, PLACES.get(council.gssCode())).town();
            String name = (uniqueStem(random, usedNames) + " " + pick(random, OTHER_TRADES) + " Ltd").toUpperCase(Locale.ROOT);
            others.add(new SponsorOrganisation(name, town, "", licences(random, Rating.A)));
        }
        others.addAll(doubtfulSponsors(unsponsored));
        return new DemoDataSet(registers(careSponsors, others, random), CQC_DATE, providers, locations,
                events(careSponsors, providers, locations, random), districtCentres());
    }

    /** The latest register drops a few care sponsors and downgrades a few more, against the previous one. */
    private List<DemoDataSet.RegisterRelease> registers(List<SponsorOrganisation> care, List<SponsorOrganisation> others,
                                                        Random random) {
        List<SponsorOrganisation> previous = new ArrayList<>();
        List<SponsorOrganisation> latest = new ArrayList<>();
        for (int i = 0; i < care.size(); i++) {
            SponsorOrganisation sponsor = care.get(i);
            if (i % 23 == 5) {
                previous.add(sponsor);
            } else if (i % 19 == 7 && sponsor.licences().getFirst().rating().isA()) {
                previous.add(sponsor);
                latest.add(new SponsorOrganisation(sponsor.name(), sponsor.town(), sponsor.county(),
                        licences(random, Rating.B)));
            } else if (i % 29 == 11) {
                latest.add(sponsor);
            } else {
                previous.add(sponsor);
                latest.add(sponsor);
            }
        }
        previous.addAll(others);
        latest.addAll(others);
        return List.of(new DemoDataSet.RegisterRelease(PREVIOUS_REGISTER_DATE, previous),
                new DemoDataSet.RegisterRelease(LATEST_REGISTER_DATE, latest));
    }

    private List<EnforcementEvent> events(List<SponsorOrganisation> care, List<CareProvider> providers,
                                          List<CareLocation> locations, Random random) {
        List<EnforcementEvent> events = new ArrayList<>();
        Instant recordedAt = Instant.parse("2026-10-28T09:30:00Z");
        for (int i = 0; i < 14; i++) {
            SponsorOrganisation sponsor = care.get((i * 11 + 3) % care.size());
            CareProvider provider = providers.stream()
                    .filter(p -> sponsorKey(p.name()).equals(sponsorKey(sponsor.name())))
                    .findFirst().orElse(null);
            EnforcementAction action = i < 8 ? EnforcementAction.SUSPENDED : i < 13 ? EnforcementAction.REVOKED
                    : EnforcementAction.REINSTATED;
            LocalDate actionDate = LocalDate.of(2026, 4, 1).plusDays(random.nextInt(200));
            Set<String> councils = provider == null ? Set.of() : locations.stream()
                    .filter(l -> l.providerId().equals(provider.providerId()) && l.councilGssCode() != null)
                    .map(CareLocation::councilGssCode)
                    .collect(Collectors.toSet());
            events.add(new EnforcementEvent(null, sponsor.name(), sponsor.town(),
                    OrganisationKey.of(sponsor.name(), sponsor.town()), provider == null ? null : provider.providerId(),
                    action, actionDate, actionDate.plusDays(2 + random.nextInt(12)),
                    action == EnforcementAction.REINSTATED ? null : 3 + random.nextInt(60),
                    "Home Office notice (demo)", "", councils, "demo", recordedAt));
        }
        return events;
    }

    private static List<Licence> licences(Random random, Rating rating) {
        String typeAndRating = "Worker (" + (rating == Rating.B ? "B rating" : "A rating") + ")";
        List<Licence> licences = new ArrayList<>();
        licences.add(new Licence(LicenceType.WORKER, rating, typeAndRating, "Skilled Worker"));
        if (random.nextInt(10) == 0) {
            licences.add(new Licence(LicenceType.TEMPORARY_WORKER, Rating.A, "Temporary Worker (A rating)",
                    "Government Authorised Exchange"));
        }
        return licences;
    }

    /**
     * Register entries that only resemble a provider without a sponsor (another legal form, a "(UK)" sister
     * company, a misspelling, a shortened name in another town), so the demo's review queue has doubtful matches to
     * confirm or reject. A random of its own leaves the rest of the demo as it was.
     */
    private static List<SponsorOrganisation> doubtfulSponsors(List<Unsponsored> unsponsored) {
        Random random = new Random(SEED + 1);
        List<SponsorOrganisation> doubtful = new ArrayList<>();
        for (int i = 0; i < unsponsored.size(); i += DOUBTFUL_EVERY) {
            Unsponsored provider = unsponsored.get(i);
            String name = provider.name().replace(" Limited", " Ltd");
            String stem = name.substring(0, name.indexOf(' '));
            String town = provider.town();
            switch (doubtful.size() % 4) {
                case 0 -> name = name.replace(" Ltd", " LLP");
                case 1 -> name = name.replace(" Ltd", " (UK) Ltd");
                case 2 -> name = name.replace(stem, misspelt(stem, random));
                default -> {
                    name = stem + " Ltd";
                    town = "London";
                }
            }
            doubtful.add(new SponsorOrganisation(name.toUpperCase(Locale.ROOT), town, "", licences(random, Rating.A)));
        }
        return doubtful;
    }

    /** Two neighbouring letters swapped after the first, as a typing slip on a form. */
    private static String misspelt(String word, Random random) {
        int at = 1 + random.nextInt(Math.max(1, word.length() - 2));
        char[] letters = word.toCharArray();
        char swapped = letters[at];
        letters[at] = letters[at + 1];
        letters[at + 1] = swapped;
        return new String(letters);
    }

    /** The register often writes names in capitals and "LTD" for "Limited"; sometimes with a trading name. */
    private static String registerSpelling(String providerName, Random random) {
        String name = providerName.replace(" Limited", " Ltd");
        return switch (random.nextInt(4)) {
            case 0 -> name.toUpperCase(Locale.ROOT);
            case 1 -> name + " t/a " + providerName.split(" ")[0] + " Care";
            default -> name;
        };
    }

    private static String sponsorKey(String name) {
        String lower = name.toLowerCase(Locale.ROOT).replace(" limited", " ltd");
        int tradingAs = lower.indexOf(" t/a ");
        return tradingAs < 0 ? lower : lower.substring(0, tradingAs);
    }

    private static String uniqueStem(Random random, Set<String> used) {
        while (true) {
            String stem = pick(random, FIRST) + pick(random, SECOND).toLowerCase(Locale.ROOT);
            if (random.nextInt(4) == 0) {
                stem = pick(random, FIRST) + " " + pick(random, SECOND);
            }
            if (used.add(stem)) {
                return stem;
            }
        }
    }

    private static OverallRating rating(Random random) {
        int roll = random.nextInt(100);
        if (roll < 5) {
            return OverallRating.OUTSTANDING;
        }
        if (roll < 70) {
            return OverallRating.GOOD;
        }
        if (roll < 88) {
            return OverallRating.REQUIRES_IMPROVEMENT;
        }
        return roll < 93 ? OverallRating.INADEQUATE : OverallRating.NOT_RATED;
    }

    private static <T> T pick(Random random, T[] values) {
        return values[random.nextInt(values.length)];
    }

    private static <T> T pick(Random random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }
}
