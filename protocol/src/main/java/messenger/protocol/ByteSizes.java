package messenger.protocol;

import java.util.Locale;

/**
 * Byte counts as every client shows them: decimal units ({@code 999 B}, {@code 1.2 MB}, {@code 80.0 MB}), the
 * convention of the desktops' file managers, so a size reads the same in the desktop client, the CLI and the file
 * browser next to them.
 */
public final class ByteSizes {

    private static final String[] UNITS = {"B", "kB", "MB", "GB", "TB", "PB", "EB"};

    private ByteSizes() {
    }

    public static String format(long bytes) {
        if (bytes < 1000) {
            return bytes + " B";
        }
        double value = bytes;
        int unit = 0;
        // 999,950 bytes round to "1000.0 kB": show them as "1.0 MB"
        while (value >= 999.95 && unit < UNITS.length - 1) {
            value /= 1000;
            unit++;
        }
        return String.format(Locale.ROOT, "%.1f %s", value, UNITS[unit]);
    }

    public static String perSecond(long bytesPerSecond) {
        return format(bytesPerSecond) + "/s";
    }
}
