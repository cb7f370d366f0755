package org.irwatch.core.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A register's prepared organisations survive the trip to bytes and back field for field, and damage is refused. */
class PreparedNamesCodecTest {

    /** Names that take every path of the normaliser: trading names, brackets, councils, homes, qualifiers. */
    private static final List<String> NAMES = List.of(
            "Meadowview Care Ltd",
            "Oakleaf Care Ltd t/a Oakleaf Homes T/A Oakleaf Lodge",
            "Vision Care (t/a Vision Norfolk) Limited",
            "Inroads (Essex) Ltd",
            "Simply Care Group UK Ltd",
            "Calderdale MBC",
            "Manchester City Council - Adult Directorate",
            "Coventry Partnership NHS Trust",
            "The Grange",
            "Willows Care Home",
            "S.M.S. Care C.I.C",
            "Oakleaf Care Ltd 09876543",
            "Crèche & Soins Ångström Ltd",
            "ÆTHER 介護 Care ☃ Ltd",
            "",
            "   ",
            "Ltd",
            "A".repeat(70_000) + " Care Ltd");

    @Test
    void entriesReadBackEqualThoseWritten() {
        List<SponsorEntry> entries = new ArrayList<>();
        for (int i = 0; i < NAMES.size(); i++) {
            String name = NAMES.get(i);
            entries.add(SponsorEntry.of("key " + i, name, i % 3 == 0 ? "" : "Town " + (i % 4), "County"));
        }
        entries.add(SponsorEntry.of("no town", "Nowhere Care Ltd", null, null));
        entries.add(SponsorEntry.of(null, null, null, null));
        // Entries not made by SponsorEntry.of: a name equal to its prepared original but not the same string, and no
        // name beside a prepared one.
        String name = "Meadowview Care Ltd";
        entries.add(new SponsorEntry("copy", new String(name), "Leeds", "", NameNormaliser.prepare(name), "leeds"));
        entries.add(new SponsorEntry("none", null, "Leeds", "", NameNormaliser.prepare(name), "leeds"));

        List<SponsorEntry> read = PreparedNamesCodec.decode(PreparedNamesCodec.encode(entries));

        assertThat(read).containsExactlyElementsOf(entries);
        for (int i = 0; i < entries.size(); i++) {
            ComparableName written = entries.get(i).prepared();
            ComparableName back = read.get(i).prepared();
            // Equal as records, and in written order where order is meaning (the evidence lists qualifiers in it).
            assertThat(back.qualifiers()).containsExactlyElementsOf(written.qualifiers());
            assertThat(back.words() == back.tokens()).isEqualTo(written.words() == written.tokens());
        }
    }

    @Test
    void wordsAreSharedAsBeforeNotCopiedPerName() {
        List<SponsorEntry> entries = List.of(SponsorEntry.of("a", "Meadowview Care Ltd", "Leeds", "West Yorkshire"),
                SponsorEntry.of("b", "Meadowview Homes Ltd", "Leeds", "West Yorkshire"));

        List<SponsorEntry> read = PreparedNamesCodec.decode(PreparedNamesCodec.encode(entries));

        assertThat(read.get(0).prepared().tokens().getFirst())
                .isSameAs(read.get(1).prepared().tokens().getFirst());
        assertThat(read.get(0).town()).isSameAs(read.get(1).town());
    }

    @Test
    void careProvidersReadBackEqualThoseWritten() {
        List<ProviderEntry> providers = List.of(
                ProviderEntry.of("1-101", "Oakleaf Care Ltd t/a Oakleaf Homes", "BRAND Oakleaf",
                        List.of("The Grange", "Willows Care Home"), List.of("Leeds", "York"), List.of("Leeds")),
                ProviderEntry.of("1-102", "Calderdale MBC", null, List.of("Calderdale Home Care"), List.of(),
                        List.of()),
                ProviderEntry.of("1-103", "Crèche & Soins Ångström Ltd", "  ", List.of("Ångström House"),
                        List.of("Hull"), List.of("Kingston upon Hull, City of", "East Riding of Yorkshire")),
                new ProviderEntry("1-104", new String("Meadowview Care Ltd"), null, List.of(), List.of(), List.of(),
                        NameNormaliser.prepare("Meadowview Care Ltd"), List.of(), java.util.Set.of(),
                        java.util.Set.of()));

        List<ProviderEntry> read = PreparedNamesCodec.decodeProviders(PreparedNamesCodec.encodeProviders(providers));

        assertThat(read).containsExactlyElementsOf(providers);
        assertThatThrownBy(() -> PreparedNamesCodec.decode(PreparedNamesCodec.encodeProviders(providers)))
                .as("providers are never read as a register").isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anEmptyRegisterReadsBackEmpty() {
        assertThat(PreparedNamesCodec.decode(PreparedNamesCodec.encode(List.of()))).isEmpty();
    }

    @Test
    void damagedBytesAreRefusedNotMisread() {
        byte[] bytes = PreparedNamesCodec.encode(List.of(SponsorEntry.of("a", "Meadowview Care Ltd", "Leeds", ""),
                SponsorEntry.of("b", "Oakleaf Care Ltd t/a Oakleaf Homes", "York", "")));

        for (int cut : new int[] {0, 3, 10, bytes.length / 2, bytes.length - 1}) {
            assertThatThrownBy(() -> PreparedNamesCodec.decode(Arrays.copyOf(bytes, cut)))
                    .as("cut at %d of %d", cut, bytes.length).isInstanceOf(IllegalArgumentException.class);
        }
        byte[] longer = Arrays.copyOf(bytes, bytes.length + 1);
        assertThatThrownBy(() -> PreparedNamesCodec.decode(longer)).isInstanceOf(IllegalArgumentException.class);
        byte[] otherVersion = bytes.clone();
        otherVersion[5]++;
        assertThatThrownBy(() -> PreparedNamesCodec.decode(otherVersion))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anyByteDamagedIsReadAsItWasWrittenOrRefusedNeverFailsOtherwise() {
        byte[] bytes = PreparedNamesCodec.encode(List.of(
                SponsorEntry.of("a", "Oakleaf Care Ltd t/a Oakleaf Homes", "Leeds", "West Yorkshire"),
                SponsorEntry.of("b", "Inroads (Essex) Ltd", "York", ""), SponsorEntry.of("c", "Calderdale MBC", "", "")));
        for (int at = 0; at < bytes.length; at++) {
            for (int value : new int[] {0, 1, 2, 0x7F, 0x80, 0xFF}) {
                byte[] damaged = bytes.clone();
                damaged[at] = (byte) value;
                try {
                    PreparedNamesCodec.decode(damaged);
                } catch (IllegalArgumentException refused) {
                    // as it should be; anything else (a null pointer, an out-of-memory error) fails the test
                }
            }
        }
    }

    @Test
    void theBuildStampNamesThisBuildAndItsJava() {
        // Filled in by Maven at each build (to the millisecond); empty only for classes compiled outside it.
        assertThat(PreparedNamesCodec.BUILD_STAMP)
                .matches("v1 \\S+ \\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z on Java "
                        + java.util.regex.Pattern.quote(Runtime.version().toString()));
    }
}
