package org.irwatch.core.matching;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;

/**
 * A register's organisations as matching prepared them, in bytes, and back (ADR 0047): kept with the snapshot when
 * it is imported, so a match reads one value instead of reading every row and normalising every name again.
 *
 * <p>A string met often (a word, a town) is written once, in a table at the start, and named by its place in it: the
 * register's hundred thousand names share a few tens of thousands of words, and read back they share their strings as
 * before. A string met once (a key, a name) is written where it stands. Numbers take one byte when below 128.
 * Decoding gives entries equal to those {@link SponsorEntry#of} makes from the same rows, field for field.
 */
public final class PreparedNamesCodec {

    private static final int MAGIC = 0x49525052; // "IRPR"
    private static final int PROVIDERS_MAGIC = 0x49525050; // "IRPP"
    private static final int VERSION = 1;
    /** In place of the words' list: the words are the tokens (most names). */
    private static final int WORDS_ARE_TOKENS = 0;
    private static final int NULL = 0;
    private static final int INLINE = 1;
    private static final int FIRST_PLACE = 2;
    private static final LegalForm[] FORMS = LegalForm.values();

    /**
     * Which build prepared the names: bytes from another build are never read, as its rules may differ. Empty when
     * the stamp was not filled in by the build (classes compiled outside Maven), and then nothing is kept.
     */
    public static final String BUILD_STAMP = readStamp();

    private PreparedNamesCodec() {
    }

    private static String readStamp() {
        try (InputStream in = PreparedNamesCodec.class.getResourceAsStream("preparation.properties")) {
            if (in == null) {
                return "";
            }
            Properties properties = new Properties();
            properties.load(in);
            String stamp = properties.getProperty("built", "");
            // The Java too: normalising uses its Unicode tables.
            return stamp.isBlank() || stamp.contains("${") ? "" : "v" + VERSION + " " + stamp + " on Java "
                    + Runtime.version();
        } catch (IOException e) {
            return "";
        }
    }

    public static byte[] encode(List<SponsorEntry> entries) {
        Encoder encoder = new Encoder(entries.size());
        entries.forEach(encoder::add);
        return encoder.bytes();
    }

    public static byte[] encodeProviders(List<ProviderEntry> providers) {
        ProviderEncoder encoder = new ProviderEncoder(providers.size());
        providers.forEach(encoder::add);
        return encoder.bytes();
    }

    /**
     * Encodes entries one by one, so that a register being imported is prepared and written a name at a time and
     * its prepared entries are never all held at once.
     */
    public static final class Encoder extends Writing {

        public Encoder(int expected) {
            super(MAGIC, expected, 96); // a national register's entries take about 90 bytes each
        }

        public void add(SponsorEntry entry) {
            strings.unique(body, entry.key());
            // The prepared name's original is the entry's name itself (SponsorEntry.of): written once.
            boolean nameIsOriginal = entry.name() == entry.prepared().original();
            body.number(nameIsOriginal ? 1 : 0);
            if (!nameIsOriginal) {
                strings.unique(body, entry.name());
            }
            strings.shared(body, entry.town());
            strings.shared(body, entry.county());
            strings.shared(body, entry.foldedTown());
            writeName(body, entry.prepared(), strings);
            count++;
        }

    }

    /**
     * Encodes the CQC providers matching compares, as {@link Encoder} does a register's organisations: a CQC
     * snapshot's are kept with it too (ADR 0047).
     */
    public static final class ProviderEncoder extends Writing {

        public ProviderEncoder(int expected) {
            super(PROVIDERS_MAGIC, expected, 160);
        }

        public void add(ProviderEntry entry) {
            strings.unique(body, entry.providerId());
            boolean nameIsOriginal = entry.name() == entry.prepared().original(); // as ProviderEntry.of makes it
            body.number(nameIsOriginal ? 1 : 0);
            if (!nameIsOriginal) {
                strings.unique(body, entry.name());
            }
            strings.unique(body, entry.brandName());
            writeList(body, entry.locationNames(), strings);
            writeList(body, entry.towns(), strings);
            writeList(body, entry.councils(), strings);
            writeName(body, entry.prepared(), strings);
            body.number(entry.places().size());
            for (ComparableName place : entry.places()) {
                writeName(body, place, strings);
            }
            writeList(body, entry.foldedTowns(), strings);
            writeList(body, entry.foldedCouncils(), strings);
            count++;
        }
    }

    /** What both encoders share: the string table, the entries written so far, and the whole put together. */
    private abstract static class Writing {
        final Strings strings;
        final Out body;
        int count;
        private final int magic;

        Writing(int magic, int expected, int bytesEach) {
            this.magic = magic;
            strings = new Strings(expected);
            body = new Out(expected * bytesEach);
        }

        /** The encoding, in one array of its length (a national register's is about 13 MB). */
        public byte[] bytes() {
            Out header = new Out(32);
            header.number(magic);
            header.number(VERSION);
            header.number(strings.count);
            header.number(strings.table.size());
            Out entryCount = new Out(8);
            entryCount.number(count);
            byte[] whole = new byte[header.size() + strings.table.size() + entryCount.size() + body.size()];
            int at = header.copyTo(whole, 0);
            at = strings.table.copyTo(whole, at);
            at = entryCount.copyTo(whole, at);
            body.copyTo(whole, at);
            return whole;
        }
    }

    private static void writeName(Out out, ComparableName name, Strings strings) {
        strings.unique(out, name.original());
        writeList(out, name.tokens(), strings);
        if (name.words() == name.tokens()) {
            out.number(WORDS_ARE_TOKENS);
        } else {
            writeList(out, name.words(), strings);
        }
        out.number(name.legalForm().ordinal());
        writeList(out, name.qualifiers(), strings);
        out.number(name.tradingNames().size());
        for (ComparableName trading : name.tradingNames()) {
            writeName(out, trading, strings);
        }
        strings.shared(out, name.council());
        out.number(name.homeName() ? 1 : 0);
        strings.unique(out, name.compact());
    }

    /** A list's size plus one (so that {@link #WORDS_ARE_TOKENS} stays apart), then its strings. */
    private static void writeList(Out out, java.util.Collection<String> words, Strings strings) {
        out.number(words.size() + 1);
        for (String word : words) {
            strings.shared(out, word);
        }
    }

    /**
     * The entries {@link #encode} wrote.
     *
     * @throws IllegalArgumentException when the bytes are not an encoding of this version
     */
    public static List<SponsorEntry> decode(byte[] bytes) {
        return decode(bytes, MAGIC, (in, strings) -> {
            String key = in.string(strings);
            boolean nameIsOriginal = in.number() == 1;
            String name = nameIsOriginal ? null : in.string(strings);
            String town = in.string(strings);
            String county = in.string(strings);
            String foldedTown = in.string(strings);
            ComparableName prepared = readName(in, strings);
            return new SponsorEntry(key, nameIsOriginal ? prepared.original() : name, town, county, prepared,
                    foldedTown);
        });
    }

    /**
     * The providers {@link ProviderEncoder} wrote.
     *
     * @throws IllegalArgumentException when the bytes are not an encoding of this version
     */
    public static List<ProviderEntry> decodeProviders(byte[] bytes) {
        return decode(bytes, PROVIDERS_MAGIC, (in, strings) -> {
            String providerId = in.string(strings);
            boolean nameIsOriginal = in.number() == 1;
            String name = nameIsOriginal ? null : in.string(strings);
            String brandName = in.string(strings);
            List<String> locationNames = readList(in, strings, in.count());
            List<String> towns = readList(in, strings, in.count());
            List<String> councils = readList(in, strings, in.count());
            ComparableName prepared = readName(in, strings);
            ComparableName[] places = new ComparableName[in.count()];
            for (int i = 0; i < places.length; i++) {
                places[i] = readName(in, strings);
            }
            Set<String> foldedTowns = Set.copyOf(readList(in, strings, in.count()));
            Set<String> foldedCouncils = Set.copyOf(readList(in, strings, in.count()));
            return new ProviderEntry(providerId, nameIsOriginal ? prepared.original() : name, brandName,
                    locationNames, towns, councils, prepared, List.of(places), foldedTowns, foldedCouncils);
        });
    }

    /** Reads one entry after the string table. */
    private interface EntryReader<T> {
        T read(In in, String[] strings);
    }

    private static <T> List<T> decode(byte[] bytes, int magic, EntryReader<T> entry) {
        In in = new In(bytes);
        try {
            if (in.number() != magic || in.number() != VERSION) {
                throw new IllegalArgumentException("Not a prepared register or CQC data of this version");
            }
            String[] strings = readStrings(in);
            int count = in.count();
            List<T> entries = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                entries.add(entry.read(in, strings));
            }
            if (in.at != bytes.length) {
                throw new IllegalArgumentException("Prepared names with bytes after the last entry");
            }
            return entries;
        } catch (IllegalArgumentException e) {
            throw e;
        } catch (RuntimeException e) {
            // Cut short, a place outside the table, a null where a name has a word: damaged, never half read.
            throw new IllegalArgumentException("Prepared names cut short or damaged", e);
        }
    }

    private static String[] readStrings(In in) {
        String[] strings = new String[in.count()];
        int end = in.count();
        end += in.at;
        for (int i = 0; i < strings.length; i++) {
            int length = in.count();
            strings[i] = new String(in.bytes, in.at, length, StandardCharsets.UTF_8);
            in.at += length;
        }
        if (in.at != end) {
            throw new IllegalArgumentException("A prepared register whose strings do not add up");
        }
        return strings;
    }

    private static ComparableName readName(In in, String[] strings) {
        String original = in.string(strings);
        List<String> tokens = readList(in, strings, in.count());
        int wordCount = in.count();
        List<String> words = wordCount == WORDS_ARE_TOKENS ? tokens : readList(in, strings, wordCount);
        LegalForm form = FORMS[in.number()];
        int qualifierCount = in.count();
        Set<String> qualifiers = qualifierCount == 1 ? Set.of()
                : new LinkedHashSet<>(readList(in, strings, qualifierCount));
        int tradingCount = in.count();
        List<ComparableName> tradingNames = tradingCount == 0 ? List.of() : new ArrayList<>(tradingCount);
        for (int i = 0; i < tradingCount; i++) {
            tradingNames.add(readName(in, strings));
        }
        String council = Objects.requireNonNull(in.string(strings));
        boolean homeName = in.number() != 0;
        String compact = Objects.requireNonNull(in.string(strings));
        return new ComparableName(original, tokens, words, form, qualifiers, tradingNames, council, homeName, compact);
    }

    /** @param sizePlusOne as {@link #writeList} wrote it */
    private static List<String> readList(In in, String[] strings, int sizePlusOne) {
        String[] words = new String[sizePlusOne - 1];
        for (int i = 0; i < words.length; i++) {
            words[i] = in.string(strings);
        }
        return List.of(words); // a null word (damage) is refused here
    }

    /**
     * Bytes being written: numbers in seven-bit groups, low first (most are below 128 or 16,384). Not a
     * ByteArrayOutputStream: its every write takes a lock, ten million times for a national register.
     */
    private static final class Out {
        private byte[] bytes;
        private int size;

        Out(int capacity) {
            bytes = new byte[Math.max(16, capacity)];
        }

        void number(int value) {
            room(5);
            int rest = value;
            while ((rest & ~0x7F) != 0) {
                bytes[size++] = (byte) ((rest & 0x7F) | 0x80);
                rest >>>= 7;
            }
            bytes[size++] = (byte) rest;
        }

        void append(byte[] more, int length) {
            room(length);
            System.arraycopy(more, 0, bytes, size, length);
            size += length;
        }

        /** Copies these bytes into {@code target} at {@code at}; returns where they end. */
        int copyTo(byte[] target, int at) {
            System.arraycopy(bytes, 0, target, at, size);
            return at + size;
        }

        int size() {
            return size;
        }

        private void room(int more) {
            if (size + more > bytes.length) {
                bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
            }
        }
    }

    /** Bytes being read, as {@link Out} wrote them. */
    private static final class In {
        private final byte[] bytes;
        private int at;

        In(byte[] bytes) {
            this.bytes = bytes;
        }

        int number() {
            int value = 0;
            for (int shift = 0; shift < 35; shift += 7) {
                byte b = bytes[at++];
                value |= (b & 0x7F) << shift;
                if (b >= 0) {
                    return value;
                }
            }
            throw new IllegalArgumentException("A prepared register with a damaged number");
        }

        /**
         * A count or a length: never more than the bytes left (plus one, for a list's size written plus one), so
         * damage cannot ask for gigabytes.
         */
        int count() {
            int count = number();
            if (count < 0 || count > bytes.length - at + 1) {
                throw new IllegalArgumentException("A prepared register with a damaged count");
            }
            return count;
        }

        /** As {@link Strings} wrote it: null, the string itself, or its place in the table. */
        String string(String[] strings) {
            int slot = number();
            if (slot == NULL) {
                return null;
            }
            if (slot == INLINE) {
                int length = count();
                String text = new String(bytes, at, length, StandardCharsets.UTF_8);
                at += length;
                return text;
            }
            return strings[slot - FIRST_PLACE];
        }
    }

    /**
     * The strings being written, each as a slot: {@link #NULL}, {@link #INLINE} with its length and UTF-8 bytes (for a
     * string met once, a key or a name), or its place in the table plus {@link #FIRST_PLACE} (for one met often, a
     * word or a town: the table holds each once, and read back they share one String as before).
     */
    private static final class Strings {
        private final Map<String, Integer> places;
        private final Out table;
        private int count;

        /** Sized for a register: a few thousand towns, tens of thousands of words. */
        Strings(int organisations) {
            places = HashMap.newHashMap(Math.max(16, organisations / 2));
            table = new Out(organisations * 10);
        }

        void unique(Out out, String text) {
            if (text == null) {
                out.number(NULL);
            } else {
                byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
                out.number(INLINE);
                out.number(utf8.length);
                out.append(utf8, utf8.length);
            }
        }

        void shared(Out out, String text) {
            if (text == null) {
                out.number(NULL);
                return;
            }
            Integer place = places.get(text);
            if (place == null) {
                byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
                table.number(utf8.length);
                table.append(utf8, utf8.length);
                place = count++;
                places.put(text, place);
            }
            out.number(place + FIRST_PLACE);
        }
    }
}
