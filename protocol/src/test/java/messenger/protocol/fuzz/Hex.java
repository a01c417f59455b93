package messenger.protocol.fuzz;

import java.util.HexFormat;

/** Describes a fuzz input as hex, which {@code xxd -r -p} turns back into a corpus file. */
public final class Hex {

    private static final int MAX_SHOWN_BYTES = 16 * 1024;

    private Hex() {
    }

    public static String describe(byte[] bytes) {
        int shown = Math.min(bytes.length, MAX_SHOWN_BYTES);
        String hex = HexFormat.of().formatHex(bytes, 0, shown);
        return bytes.length + " bytes: " + hex + (shown < bytes.length ? " … (cut)" : "");
    }
}
