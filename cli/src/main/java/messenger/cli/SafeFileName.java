package messenger.cli;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;

/**
 * Makes a file name chosen by another user safe to create here: only its last path part, without control
 * or direction-override characters, without characters Windows forbids, without leading dots or dashes
 * (no {@code ..}, no hidden file, no name a later command takes for an option), not a Windows device name,
 * short enough for any file system, and never empty ({@code file-<id>} instead).
 */
final class SafeFileName {

    /** Leaves room for the ".<id>.part" of a partial download within the usual 255-byte name limit. */
    private static final int MAX_BYTES = 200;
    private static final int MAX_EXTENSION = 16;
    private static final String FORBIDDEN = "<>:\"|?*";
    private static final Set<String> WINDOWS_DEVICES = Set.of("CON", "PRN", "AUX", "NUL",
            "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7", "COM8", "COM9",
            "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9");

    private SafeFileName() {
    }

    static String of(String name, long fileId) {
        String safe = trim(shorten(clean(lastPathPart(name == null ? "" : name))));
        if (safe.isEmpty()) {
            return "file-" + fileId;
        }
        String stem = safe.contains(".") ? safe.substring(0, safe.indexOf('.')) : safe;
        return WINDOWS_DEVICES.contains(stem.strip().toUpperCase(Locale.ROOT)) ? "_" + safe : safe;
    }

    private static String lastPathPart(String name) {
        return name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
    }

    private static String clean(String name) {
        StringBuilder cleaned = new StringBuilder(name.length());
        name.codePoints().forEach(c -> {
            if (FORBIDDEN.indexOf(c) >= 0) {
                cleaned.append('_');
            } else if (!Character.isISOControl(c) && !isInvisibleLayout(c)) {
                cleaned.appendCodePoint(c);
            }
        });
        return cleaned.toString();
    }

    private static boolean isInvisibleLayout(int c) {
        return c == 0x200E || c == 0x200F || c == 0x2028 || c == 0x2029
                || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) || c == 0xFEFF;
    }

    /** Cuts the name before its extension (when it has a short one), at a character boundary. */
    private static String shorten(String name) {
        if (utf8Length(name) <= MAX_BYTES) {
            return name;
        }
        int dot = name.lastIndexOf('.');
        String extension = dot > 0 && name.length() - dot <= MAX_EXTENSION ? name.substring(dot) : "";
        String stem = name.substring(0, name.length() - extension.length());
        while (utf8Length(stem) + utf8Length(extension) > MAX_BYTES) {
            stem = stem.substring(0, stem.offsetByCodePoints(stem.length(), -1));
        }
        return stem + extension;
    }

    /** Leading dots, dashes and blanks go; trailing dots and blanks go too, as Windows drops them anyway. */
    private static String trim(String name) {
        int start = 0;
        while (start < name.length() && ".- ".indexOf(name.charAt(start)) >= 0) {
            start++;
        }
        int end = name.length();
        while (end > start && ". ".indexOf(name.charAt(end - 1)) >= 0) {
            end--;
        }
        return name.substring(start, end);
    }

    private static int utf8Length(String text) {
        return text.getBytes(StandardCharsets.UTF_8).length;
    }
}
