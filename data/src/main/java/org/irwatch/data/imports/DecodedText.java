package org.irwatch.data.imports;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.irwatch.core.common.UserFacingException;

/**
 * The text of a CSV file. UTF-8 (with or without a byte-order mark) is read as it is. A file that is not UTF-8
 * at all but is plain Windows-1252 (Excel's "CSV" on Windows) is read as that, with a note in the report. A file
 * that is mostly UTF-8 but has broken bytes is refused with the line number: guessing would corrupt names.
 */
public record DecodedText(String text, Optional<String> note) {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final char REPLACEMENT = '\uFFFD';

    public static DecodedText of(String fileName, byte[] bytes) {
        int start = hasUtf8Bom(bytes) ? 3 : 0;
        // The quick way first, one pass (a national file in tens of milliseconds rather than over a hundred): it puts
        // U+FFFD for every broken byte, so a text without one had none, and the strict decoding would give the same.
        String quick = new String(bytes, start, bytes.length - start, StandardCharsets.UTF_8);
        if (quick.indexOf(REPLACEMENT) < 0) {
            return new DecodedText(quick, Optional.empty());
        }
        ByteBuffer input = ByteBuffer.wrap(bytes, start, bytes.length - start);
        try {
            return new DecodedText(strict(StandardCharsets.UTF_8).decode(input).toString(), Optional.empty());
        } catch (MalformedInputException e) {
            int badAt = start + firstMalformedOffset(bytes, start);
            long line = lineOf(bytes, badAt);
            if (hasValidMultiByteUtf8(bytes, start)) {
                throw new UserFacingException(fileName + " is damaged: line " + line + " is not valid UTF-8 text "
                        + "although the rest of the file is. Download the file again; if you edited it, save it as "
                        + "\"CSV UTF-8\".");
            }
            return new DecodedText(new String(bytes, start, bytes.length - start, WINDOWS_1252),
                    Optional.of("The file is not UTF-8; it was read as Windows-1252 (first such character on line "
                            + line + "). Check that names with accents or £ look right."));
        } catch (CharacterCodingException e) {
            throw new UserFacingException(fileName + " cannot be read as text: " + e.getMessage(), e);
        }
    }

    private static CharsetDecoder strict(Charset charset) {
        return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    private static boolean hasUtf8Bom(byte[] bytes) {
        return bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF;
    }

    private static int firstMalformedOffset(byte[] bytes, int start) {
        CharsetDecoder decoder = strict(StandardCharsets.UTF_8);
        ByteBuffer input = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer output = CharBuffer.allocate(8192);
        while (true) {
            var result = decoder.decode(input, output, true);
            if (result.isError()) {
                return input.position() - start;
            }
            if (result.isUnderflow()) {
                return bytes.length - start;
            }
            output.clear();
        }
    }

    /** True when the bytes hold at least one well-formed two-to-four-byte UTF-8 sequence. */
    private static boolean hasValidMultiByteUtf8(byte[] bytes, int start) {
        for (int i = start; i < bytes.length - 1; i++) {
            int b = bytes[i] & 0xFF;
            int length = b >= 0xC2 && b <= 0xDF ? 2 : b >= 0xE0 && b <= 0xEF ? 3 : b >= 0xF0 && b <= 0xF4 ? 4 : 0;
            if (length == 0 || i + length > bytes.length) {
                continue;
            }
            boolean continuation = true;
            for (int k = 1; k < length; k++) {
                continuation &= (bytes[i + k] & 0xC0) == 0x80;
            }
            if (continuation) {
                return true;
            }
        }
        return false;
    }

    private static long lineOf(byte[] bytes, int offset) {
        long line = 1;
        for (int i = 0; i < offset && i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }
}
