package messenger.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Command-line flags: {@code --name value}, {@code --name=value}, or a bare {@code --name} meaning true. A flag
 * may be repeated. Every read is remembered, so flags nobody asked for can be reported as mistakes.
 */
final class Flags {

    private final Map<String, List<String>> values = new LinkedHashMap<>();
    private final Set<String> read = new HashSet<>();

    static Flags parse(List<String> args) {
        Flags flags = new Flags();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (!arg.startsWith("--") || arg.length() == 2) {
                throw new IllegalArgumentException("expected a --flag, found \"" + arg + "\"");
            }
            String name = arg.substring(2);
            String value;
            int equals = name.indexOf('=');
            if (equals >= 0) {
                value = name.substring(equals + 1);
                name = name.substring(0, equals);
            } else if (i + 1 < args.size() && !args.get(i + 1).startsWith("--")) {
                value = args.get(++i);
            } else {
                value = "true";
            }
            flags.values.computeIfAbsent(name, ignored -> new ArrayList<>()).add(value);
        }
        return flags;
    }

    String string(String name, String fallback) {
        read.add(name);
        List<String> given = values.get(name);
        return given == null ? fallback : given.get(given.size() - 1);
    }

    List<String> all(String name) {
        read.add(name);
        return values.getOrDefault(name, List.of());
    }

    boolean bool(String name) {
        return Boolean.parseBoolean(string(name, "false"));
    }

    int integer(String name, int fallback) {
        return Math.toIntExact(count(name, fallback));
    }

    /** A whole number; underscores may group digits ({@code 1_000_000}). */
    long count(String name, long fallback) {
        String value = string(name, null);
        return value == null ? fallback : parse(name, value, () -> Long.parseLong(value.replace("_", "")));
    }

    double decimal(String name, double fallback) {
        String value = string(name, null);
        return value == null ? fallback : parse(name, value, () -> Double.parseDouble(value));
    }

    /** Bytes, with an optional binary suffix: {@code 64k}, {@code 512m}, {@code 1g}. */
    long bytes(String name, long fallback) {
        String value = string(name, null);
        return value == null ? fallback : parse(name, value, () -> parseBytes(value));
    }

    Path path(String name, Path fallback) {
        String value = string(name, null);
        return value == null ? fallback : Path.of(value);
    }

    /** Flags given but never read by the scenario or the target: most likely typos. */
    List<String> unread() {
        return values.keySet().stream().filter(name -> !read.contains(name)).toList();
    }

    static long parseBytes(String text) {
        String value = text.trim().toLowerCase(Locale.ROOT).replace("_", "");
        long unit = switch (value.isEmpty() ? ' ' : value.charAt(value.length() - 1)) {
            case 'k' -> 1L << 10;
            case 'm' -> 1L << 20;
            case 'g' -> 1L << 30;
            default -> 1;
        };
        String digits = unit == 1 ? value : value.substring(0, value.length() - 1);
        return Math.multiplyExact(Long.parseLong(digits), unit);
    }

    private interface Parser<T> {
        T parse();
    }

    private static <T> T parse(String name, String value, Parser<T> parser) {
        try {
            return parser.parse();
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("--" + name + " " + value + ": not a valid value", e);
        }
    }
}
