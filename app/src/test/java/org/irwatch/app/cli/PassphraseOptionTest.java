package org.irwatch.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.irwatch.core.common.UserFacingException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PassphraseOptionTest {

    private static final String TYPED = "correct horse battery";

    @TempDir
    Path folder;

    private char[] readFrom(byte[] bytes) throws Exception {
        PassphraseOption option = new PassphraseOption();
        option.file = Files.write(folder.resolve("passphrase.txt"), bytes);
        return option.read(Map.of());
    }

    private static byte[] join(byte[] head, byte[] tail) {
        byte[] all = new byte[head.length + tail.length];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(tail, 0, all, head.length, tail.length);
        return all;
    }

    @Test
    void aPassphraseFileReadsAsTypedWhateverWindowsSavedItAs() throws Exception {
        byte[] utf8Bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        assertThat(readFrom((TYPED + "\n").getBytes(StandardCharsets.UTF_8))).isEqualTo(TYPED.toCharArray());
        assertThat(readFrom(join(utf8Bom, (TYPED + "\r\n").getBytes(StandardCharsets.UTF_8))))
                .as("Notepad's UTF-8 with a byte order mark").isEqualTo(TYPED.toCharArray());
        assertThat(readFrom((TYPED + "\r\n").getBytes(StandardCharsets.UTF_16)))
                .as("PowerShell's echo > file, UTF-16 with a byte order mark").isEqualTo(TYPED.toCharArray());
        assertThat(readFrom(join(new byte[] {(byte) 0xFF, (byte) 0xFE}, TYPED.getBytes(StandardCharsets.UTF_16LE))))
                .isEqualTo(TYPED.toCharArray());
    }

    @Test
    void anEmptyPassphraseFileIsSaidToBeEmpty() {
        assertThatThrownBy(() -> readFrom(new byte[0])).isInstanceOf(UserFacingException.class)
                .hasMessageContaining("passphrase.txt is empty").hasMessageContaining("first line");
        assertThatThrownBy(() -> readFrom("\n".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(UserFacingException.class).hasMessageContaining("is empty");
    }
}
