package org.irwatch.app.cli;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.irwatch.core.common.UserFacingException;

/**
 * A small text file a user wrote for a command: UTF-8, or UTF-16 with its byte order mark (Windows' "Unicode",
 * PowerShell's {@code echo >}); a UTF-8 byte order mark (Notepad's) is not part of the text.
 */
final class TextFile {

    private TextFile() {
    }

    /**
     * @param what the file's part in a sentence, e.g. "the passphrase file"
     * @param save what to do when it is not text, e.g. "Save it again as text (UTF-8) with the four headings."
     */
    static String read(Path file, String what, String save) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UserFacingException("Cannot read " + what + " " + file.toAbsolutePath()
                    + ". Check the file name and that it can be read.");
        }
        boolean utf16 = bytes.length >= 2 && ((bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF)
                || (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE));
        try {
            String text = (utf16 ? StandardCharsets.UTF_16 : StandardCharsets.UTF_8).newDecoder()
                    .decode(ByteBuffer.wrap(bytes)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            String sentence = what.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + what.substring(1);
            throw new UserFacingException(sentence + " " + file.toAbsolutePath() + " is not plain text. " + save);
        }
    }
}
