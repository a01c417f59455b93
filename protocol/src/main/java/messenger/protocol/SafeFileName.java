package messenger.protocol;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;

/**
 * Makes a file name chosen by another user safe to show and to create here: only its last path part, without
 * control, format or direction-override characters (nothing that makes {@code exe.txt} of {@code txt.exe} on
 * screen), without characters Windows forbids, without leading dots or dashes (no {@code ..}, no hidden file,
 * no name a later command takes for an option), not a Windows device name, short enough for any file system,
 * and never empty ({@code file-<id>} instead).
 */
public final class SafeFileName {

    /** Leaves room for the ".<id>.part" of a partial download within the usual 255-byte name limit. */
    private static final int MAX_BYTES = 200;
    private static final int MAX_EXTENSION = 16;
    private static final String FORBIDDEN = "<>:\"|?*";
    private static final Set<String> WINDOWS_DEVICES = Set.of("CON", "PRN", "AUX", "NUL",
            "COM0", "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7", "COM8", "COM9",
            "LPT0", "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9");

    private SafeFileName() {
    }

    /** The safe form of {@code name}; {@code fileId} names the file when nothing of its name is left. */
    public static String of(String name, long fileId) {
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
            } else if (!isInvisible(c)) {
                cleaned.appendCodePoint(c);
            }
        });
        return cleaned.toString();
    }

    /**
     * C0 and C1 controls, format characters (direction marks, overrides and isolates, zero-width characters,
     * the byte-order mark), line and paragraph separators, and halves of a broken surrogate pair.
     */
    private static boolean isInvisible(int c) {
        int type = Character.getType(c);
        return Character.isISOControl(c) || type == Character.FORMAT || type == Character.LINE_SEPARATOR
                || type == Character.PARAGRAPH_SEPARATOR || type == Character.SURROGATE;
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
