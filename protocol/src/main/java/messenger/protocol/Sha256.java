package messenger.protocol;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.regex.Pattern;

/** SHA-256 as the protocol spells it: 64 lower-case hex digits. */
public final class Sha256 {

    private static final Pattern HEX = Pattern.compile("[0-9a-fA-F]{64}");
    private static final int BUFFER = 64 * 1024;

    private Sha256() {
    }

    public static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    public static String hex(MessageDigest digest) {
        return HexFormat.of().formatHex(digest.digest());
    }

    public static String hex(byte[] data) {
        MessageDigest digest = newDigest();
        digest.update(data);
        return hex(digest);
    }

    public static boolean isHex(String value) {
        return value != null && HEX.matcher(value).matches();
    }

    /** Hashes the first {@code length} bytes of a file, streaming. */
    public static MessageDigest ofPrefix(Path file, long length) throws IOException {
        return ofPrefix(file, length, () -> false);
    }

    /** As {@link #ofPrefix(Path, long)}; ends in a {@link CancellationException} as soon as {@code cancelled} says so. */
    public static MessageDigest ofPrefix(Path file, long length, BooleanSupplier cancelled) throws IOException {
        MessageDigest digest = newDigest();
        if (length == 0) {
            return digest;
        }
        byte[] buffer = new byte[BUFFER];
        long remaining = length;
        try (InputStream in = Files.newInputStream(file)) {
            while (remaining > 0) {
                if (cancelled.getAsBoolean()) {
                    throw new CancellationException("cancelled while reading " + file.getFileName());
                }
                int n = in.read(buffer, 0, (int) Math.min(buffer.length, remaining));
                if (n < 0) {
                    throw new IOException(file + " is shorter than " + length + " bytes");
                }
                digest.update(buffer, 0, n);
                remaining -= n;
            }
        }
        return digest;
    }

    public static String of(Path file) throws IOException {
        return of(file, () -> false);
    }

    /** The hash of a whole file, given up as soon as {@code cancelled} says so (a large file takes seconds). */
    public static String of(Path file, BooleanSupplier cancelled) throws IOException {
        return hex(ofPrefix(file, Files.size(file), cancelled));
    }
}
