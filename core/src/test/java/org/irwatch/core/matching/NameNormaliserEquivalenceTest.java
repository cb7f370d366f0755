package org.irwatch.core.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The hand-scanning {@link NameNormaliser} prepares every name exactly as the regular expressions did. */
class NameNormaliserEquivalenceTest {

    /** Every rule's trigger, its near misses, and characters outside ASCII. */
    private static final List<String> NAMES = List.of(
            "Meadowview Care Ltd", "MEADOWVIEW CARE LIMITED", "Meadowview Care PVT LTD", "Smith & Jones + Co Ltd",
            "S.M.S. Care Ltd", "S.E.S", "C.I.C Care", "St. Anne's Care Home Ltd", "A.B Care.", "Dr. Who Ltd.",
            "Oakleaf Care (The)", "Oakleaf Care Ltd 09876543", "Oakleaf Care Ltd SC123456", "Oakleaf 1234567",
            "Care 12345", "Care Ltd 09876543  ", "C0MFORT Care Ltd", "Route 66 Care", "0800 Care", "Calderdale MBC",
            "Leeds CC", "Some NHSFT", "Aspire: for Care and Support C.I.C", "London Borough of Harrow",
            "Manchester City Council - Adult Directorate", "Portsmouth Local Authority",
            "Hull Partnership NHS Trust", "Care Ltd t/a Vision Norfolk", "Care Ltd T/A Vision", "Care Ltd T / AS Vision",
            "Care Ltd t.a. Vision", "Care Ltd TA Vision", "Care Ltd ta", "Care Ltd\tta\tVision", "Tamar Care Ltd",
            "Care Ltd trading as Vision", "Care Ltd Trades As Vision", "Care Ltd known as Vision",
            "Care Ltd operating as Vision", "Care Ltd (t/a Vision Norfolk)", "Care Ltd [trading as Vision]",
            "Care (t/a Vision", "Care Ltd (t/a Vision) t/a Other", "Inroads (Essex) Ltd", "Inroads [Essex]",
            "Inroads (Essex", "Inroads Essex)", "A (b (c) d) e", "Simply Care Group UK", "Simply UK Care Group",
            "Care (UK) Holdings", "The Grange", "Willows Care Home", "Global Links Ltd", "Company Care Co",
            "Care Company Ltd", "Crème Brûlée Care Ltd", "Zoë's Ĥome Care", "Ｆｕｌｌ Ｗｉｄｔｈ Care", "Care ½ Ltd",
            "Ⅻ Care", "Ünïcödé Łtd", "İstanbul Care", "Care 𝔄 Ltd", "Care\u0085", "Care 12345678\u0085", "", "   ",
            "&", "(", "()", "t/a", " t/a x", "Care Ltd -- Birmingham", "O'Neill's Care", "Care 'n' Share",
            "Care_Ltd", "Care.Ltd", "Care Limted", "Care Lmited", "Care LLP", "Care LP", "Care CIO", "Care Plc");

    @Test
    void everyNameOfAFixturePreparesAsBefore(@TempDir Path folder) throws IOException {
        Path fixture = folder.resolve("names.txt");
        Files.write(fixture, NAMES, StandardCharsets.UTF_8);

        List<String> names = Files.readAllLines(fixture, StandardCharsets.UTF_8);

        assertThat(names).hasSize(NAMES.size());
        names.forEach(NameNormaliserEquivalenceTest::assertPreparedAsBefore);
        assertPreparedAsBefore(null);
    }

    @Test
    void everyNameOfTheRealRegistersPreparesAsBefore() throws IOException {
        String shared = System.getProperty("irwatch.sharedData");
        assumeTrue(shared != null, "System property irwatch.sharedData is not set (run the tests through Maven)");
        List<Path> registers = List.of(
                Path.of(shared, "uk-sponsor-register-csv-tbij", "2021-11-02_-_Worker_and_Temporary_Worker.csv"),
                Path.of(shared, "uk-sponsor-register-csv-tbij",
                        "2020-07-27_Tier_2_5_Register_of_Sponsors-converted-from-pdf.csv"),
                Path.of(shared, "uk-sponsor-register-2026-head", "2026-06-26-head.csv"));
        assumeTrue(registers.stream().allMatch(Files::isRegularFile),
                "The real register files are absent; this test needs ../shared/data");
        for (Path register : registers) {
            List<String> names = Files.readAllLines(register, StandardCharsets.UTF_8).stream().skip(1)
                    .map(NameNormaliserEquivalenceTest::firstField).toList();
            assertThat(names).hasSizeGreaterThan(10);
            names.forEach(NameNormaliserEquivalenceTest::assertPreparedAsBefore);
        }
    }

    private static void assertPreparedAsBefore(String name) {
        assertThat(NameNormaliser.prepare(name)).as(name).isEqualTo(RegexNameNormaliser.prepare(name));
    }

    /** The organisation name: the first field of a CSV line, quoted or not. */
    private static String firstField(String line) {
        if (!line.startsWith("\"")) {
            int comma = line.indexOf(',');
            return comma < 0 ? line : line.substring(0, comma);
        }
        StringBuilder field = new StringBuilder();
        for (int i = 1; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                field.append('"');
                i++;
            } else if (c == '"') {
                break;
            } else {
                field.append(c);
            }
        }
        return field.toString();
    }
}
