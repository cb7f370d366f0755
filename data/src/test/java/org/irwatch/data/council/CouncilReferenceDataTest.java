package org.irwatch.data.council;

import static java.util.stream.Collectors.toMap;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.commons.csv.CSVRecord;
import org.irwatch.core.council.Council;
import org.irwatch.core.council.CouncilDirectory;
import org.irwatch.core.council.CouncilType;
import org.irwatch.core.council.Region;
import org.irwatch.data.SharedData;
import org.irwatch.data.db.Database;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The council reference data of migration V1, checked against mySociety's list and a real CQC export. */
class CouncilReferenceDataTest {

    private static final String MYSOCIETY = "la-lookup-mysociety/";
    private static final String CQC_EXPORTS = "cqc-search-export-care-homes-archived-tbij/";
    private static final Map<String, CouncilType> TYPES = Map.of("UA", CouncilType.UNITARY,
            "MD", CouncilType.METROPOLITAN_DISTRICT, "LBO", CouncilType.LONDON_BOROUGH, "CTY", CouncilType.COUNTY,
            "CC", CouncilType.CITY_CORPORATION);
    /**
     * mySociety's file puts Derbyshire in the West Midlands and Lincolnshire in Yorkshire and The Humber; ONS and
     * the CQC put both in the East Midlands. Their regions are checked against the CQC export instead.
     */
    private static final Set<String> MYSOCIETY_REGION_ERRORS = Set.of("E10000007", "E10000019");

    private static Database database;
    private static CouncilDirectory directory;

    /** What a council row says: its name, its region's ONS name and its type. */
    private record Facts(String name, String region, CouncilType type) {
    }

    @BeforeAll
    static void loadDirectory() {
        database = Database.inMemory();
        directory = new JooqCouncilRepository(database.dsl()).loadDirectory();
    }

    @AfterAll
    static void closeDatabase() {
        database.close();
    }

    @Test
    void has153CouncilsInNineRegions() {
        assertThat(directory.councils()).hasSize(153);
        assertThat(directory.regions()).extracting(Region::onsName).containsExactly("East Midlands",
                "East of England", "London", "North East", "North West", "South East", "South West", "West Midlands",
                "Yorkshire and The Humber");
    }

    @Test
    void councilsAreMySocietysCurrentEnglishSocialCareAuthorities() {
        Map<String, Facts> expected = mySocietyCouncils().stream().collect(toMap(r -> r.get("gss-code"),
                r -> facts(r.get("gss-code"), r.get("nice-name"), r.get("region"),
                        TYPES.get(r.get("local-authority-type")))));
        Map<String, Facts> actual = directory.councils().stream().collect(toMap(Council::gssCode,
                c -> facts(c.gssCode(), c.name(), c.region().onsName(), c.type())));

        assertThat(expected).hasSize(153);
        assertThat(actual).containsExactlyInAnyOrderEntriesOf(expected);
    }

    @Test
    void everyMySocietyNameOfACouncilResolvesToThatCouncil() {
        Map<String, String> gssByRegistryCode = mySocietyCouncils().stream()
                .collect(toMap(r -> r.get("local-authority-code"), r -> r.get("gss-code")));
        List<String> wrong = new ArrayList<>();
        int checked = 0;
        for (CSVRecord row : SharedData.csv(SharedData.file(MYSOCIETY + "lookup_name_to_registry.csv"))) {
            String gssCode = gssByRegistryCode.get(row.get("local-authority-code"));
            if (gssCode != null) {
                checked++;
                String name = row.get("la-name");
                String found = directory.byName(name).map(Council::gssCode).orElse("nothing");
                if (!found.equals(gssCode)) {
                    wrong.add("\"" + name + "\" gives " + found + ", expected " + gssCode);
                }
            }
        }

        assertThat(checked).isGreaterThan(600);
        assertThat(wrong).isEmpty();
    }

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource(delimiter = '|', textBlock = """
            E06000063 | Cumberland
            E06000064 | Westmorland and Furness
            E06000065 | North Yorkshire
            E06000066 | Somerset
            """)
    void hasTheCouncilsCreatedIn2023(String gssCode, String name) {
        assertThat(directory.byGssCode(gssCode)).get().extracting(Council::name).isEqualTo(name);
        assertThat(directory.byName(name)).get().extracting(Council::gssCode).isEqualTo(gssCode);
    }

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Bristol, City of          | E06000023
            Herefordshire, County of  | E06000019
            Telford & Wrekin          | E06000020
            St. Helens                | E08000013
            Somerset County Council   | E06000066
            """)
    void resolvesCqcAndFormerSpellingsOfCouncils(String name, String gssCode) {
        assertThat(directory.byName(name)).get().extracting(Council::gssCode).isEqualTo(gssCode);
    }

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource(delimiter = '|', textBlock = """
            East                      | E12000006
            East of England           | E12000006
            Yorkshire & Humberside    | E12000003
            Yorkshire and The Humber  | E12000003
            west midlands             | E12000005
            """)
    void resolvesCqcAndOnsSpellingsOfRegions(String name, String regionCode) {
        assertThat(directory.regionNamed(name)).get().extracting(Region::code).isEqualTo(regionCode);
    }

    @Test
    void everyLocalAuthorityOfARealCqcExportResolves() {
        Set<String> names = new TreeSet<>();
        cqcExport("downloaded-2024-05-31").forEach(row -> names.add(row.get("Local authority")));

        assertThat(names).hasSize(151);
        assertThat(names).filteredOn(name -> directory.byName(name).isEmpty()).isEmpty();
    }

    /** Older CQC files still say "Cumbria"; its homes are now in one of two councils, so the name alone cannot tell. */
    @ParameterizedTest
    @ValueSource(strings = {"Cumbria", "Cumbria County Council", "Northamptonshire"})
    void formerCountyWithTwoSuccessorsResolvesToNoCouncil(String name) {
        assertThat(directory.byName(name)).isEmpty();
    }

    @Test
    void regionOfEveryCouncilAgreesWithARealCqcExport() {
        Set<String> disagreements = new TreeSet<>();
        for (CSVRecord row : cqcExport("downloaded-2024-05-31")) {
            directory.byName(row.get("Local authority"))
                    .filter(council -> !council.region().isNamed(row.get("Region")))
                    .ifPresent(council -> disagreements.add(council.name() + " is not in " + row.get("Region")));
        }

        assertThat(disagreements).isEmpty();
    }

    private static List<CSVRecord> cqcExport(String download) {
        return SharedData.csv(SharedData.file(CQC_EXPORTS + download + "/care-homes-archived.csv"));
    }

    /** A council's facts as mySociety gives them, leaving out the region where mySociety's file is wrong. */
    private static Facts facts(String gssCode, String name, String region, CouncilType type) {
        return new Facts(name, MYSOCIETY_REGION_ERRORS.contains(gssCode) ? "(not compared)" : region, type);
    }

    private static List<CSVRecord> mySocietyCouncils() {
        return SharedData.csv(SharedData.file(MYSOCIETY + "uk_local_authorities.csv")).stream()
                .filter(r -> r.get("nation").equals("England") && r.get("current-authority").equals("True")
                        && TYPES.containsKey(r.get("local-authority-type")))
                .toList();
    }
}
