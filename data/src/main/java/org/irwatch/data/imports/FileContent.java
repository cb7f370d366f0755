package org.irwatch.data.imports;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import org.irwatch.core.common.UserFacingException;

/**
 * A file read whole (the largest public files are tens of megabytes), with its SHA-256, which is how a file
 * imported twice is recognised. The SHA-256 is worked out on a thread of its own from the moment the file is read:
 * a command runs without the optimising compiler, whose hashing instructions it would need, and a national CQC file
 * then takes about a quarter of a second, which parsing can use on the other core.
 */
public record FileContent(String fileName, byte[] bytes, CompletableFuture<String> sha256Digest) {

    private static final Executor HASHING = task -> Thread.ofVirtual().name("file-sha256").start(task);

    /** Larger than any real register or CQC file by far; protects the laptop from a wrong choice. */
    static final long MAX_BYTES = 512L * 1024 * 1024;

    public static FileContent read(Path file) {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        try {
            if (Files.isDirectory(file)) {
                throw new UserFacingException(name + " is a folder, not a file. Choose the file itself.");
            }
            long size = Files.size(file);
            if (size == 0) {
                throw new UserFacingException(name + " is empty (0 bytes). Download it again.");
            }
            if (size > MAX_BYTES) {
                throw new UserFacingException(name + " is " + size / (1024 * 1024) + " MB, far larger than any "
                        + "register or CQC file. Check that you chose the right file.");
            }
            byte[] bytes = Files.readAllBytes(file);
            return new FileContent(name, bytes, CompletableFuture.supplyAsync(() -> sha256(bytes), HASHING));
        } catch (NoSuchFileException e) {
            throw new UserFacingException("There is no file " + file + ". Check the name and folder.", e);
        } catch (IOException e) {
            throw new UserFacingException("IR Watch cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /** The file's SHA-256 in hexadecimal, waiting for it when it is still being worked out. */
    public String sha256() {
        return sha256Digest.join();
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
