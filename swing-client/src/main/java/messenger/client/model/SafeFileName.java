package messenger.client.model;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Turns a file name chosen by another user into a name that is safe to save under on any system: no path
 * parts, no characters a file system refuses, no reserved device names, no hidden-file dot, bounded length.
 */
public final class SafeFileName {

    public static final String FALLBACK = "download";
    private static final int MAX_BYTES = 200;
    private static final Pattern UNSAFE_CHARACTERS = Pattern.compile("[\\p{Cntrl}<>:\"|?*]");
    private static final Pattern RESERVED = Pattern.compile("(con|prn|aux|nul|com[0-9]|lpt[0-9])(\\..*)?");

    private SafeFileName() {
    }

    public static String of(String name) {
        String base = name == null ? "" : name;
        base = base.substring(Math.max(base.lastIndexOf('/'), base.lastIndexOf('\\')) + 1);
        base = UNSAFE_CHARACTERS.matcher(base).replaceAll("_").strip();
        base = base.replaceAll("^\\.+", "").replaceAll("[. ]+$", "");
        if (base.isEmpty()) {
            return FALLBACK;
        }
        if (RESERVED.matcher(base.toLowerCase(Locale.ROOT)).matches()) {
            base = "_" + base;
        }
        return shorten(base);
    }

    /** Cuts the part before the extension so the whole name fits in {@value #MAX_BYTES} UTF-8 bytes. */
    private static String shorten(String name) {
        if (utf8Length(name) <= MAX_BYTES) {
            return name;
        }
        int dot = name.lastIndexOf('.');
        String extension = dot > 0 && name.length() - dot <= 16 ? name.substring(dot) : "";
        String stem = name.substring(0, name.length() - extension.length());
        while (utf8Length(stem + extension) > MAX_BYTES) {
            stem = stem.substring(0, stem.offsetByCodePoints(stem.length(), -1));
        }
        return stem + extension;
    }

    private static int utf8Length(String text) {
        return text.getBytes(StandardCharsets.UTF_8).length;
    }
}
