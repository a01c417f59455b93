package messenger.protocol.fuzz;

import java.util.List;
import java.util.Random;

/**
 * JSON text that parsers and data binders get wrong: numbers past every integer range, negative zero, tiny
 * and huge exponents, strings with lone surrogates and control characters, deep nesting, and values of every
 * JSON type where another one is expected. Everything produced here is syntactically valid JSON.
 */
public final class HostileJson {

    /** Nesting depth the protocol allows for a header, the header object itself included. */
    public static final int MAX_NESTING = 32;

    private static final List<String> NUMBERS = List.of(
            "0", "-0", "0.0", "-0.0", "1", "-1", "1.0", "1.5", "7.9", "-7.9", "1E+2", "1e2", "1e-2",
            "2147483647", "2147483648", "-2147483649", "4294967296", "4294967297",
            "9223372036854775807", "9223372036854775808", "-9223372036854775808", "-9223372036854775809",
            "18446744073709551615", "18446744073709551623", "1e19", "1e308", "1e309", "-1e309", "4.9e-324",
            "1e9999", "1e-9999", "1e999999", "-1e999999", "1e-999999", "0e99999999", "1E2147483647",
            "1e2147483648", "0.000000000000000000000000000001", "123456789012345678901234567890.5e-3");
    private static final List<String> STRINGS = List.of(
            "\"\"", "\" \"", "\"a\"", "\"7\"", "\"-1\"", "\"1e999999\"", "\"true\"", "\"null\"", "\"\\u0000\"",
            "\"\\ud800\"", "\"\\udc00\"", "\"\\udc00\\ud800\"", "\"\\ud83d\\ude00\"", "\"\\u202e\"", "\"\\ufeff\"",
            "\"\\\"\\\\\\/\\b\\f\\n\\r\\t\"", "\"é\"", "\"😀\"", "\"../../etc/passwd\"", "\"C:\\\\con\"");

    private HostileJson() {
    }

    /** Any JSON value, skewed towards the troublesome ones. */
    public static String value(Random random) {
        return switch (random.nextInt(8)) {
            case 0, 1 -> number(random);
            case 2, 3 -> string(random);
            case 4 -> random.nextBoolean() ? "true" : "false";
            case 5 -> "null";
            case 6 -> nested(random.nextInt(MAX_NESTING + 3), random.nextBoolean());
            default -> "[" + value(random) + "," + number(random) + "]";
        };
    }

    public static String number(Random random) {
        return switch (random.nextInt(3)) {
            case 0 -> Long.toString(random.nextLong());
            case 1 -> "9".repeat(1 + random.nextInt(400));
            default -> NUMBERS.get(random.nextInt(NUMBERS.size()));
        };
    }

    public static String string(Random random) {
        return switch (random.nextInt(3)) {
            case 0 -> "\"" + "x".repeat(random.nextInt(5_000)) + "\"";
            case 1 -> "\"" + "\\ud800".repeat(1 + random.nextInt(50)) + "\"";
            default -> STRINGS.get(random.nextInt(STRINGS.size()));
        };
    }

    /** {@code depth} levels of arrays (or objects with key "a") around an empty one. */
    public static String nested(int depth, boolean objects) {
        if (depth == 0) {
            return "0";
        }
        String open = objects ? "{\"a\":" : "[";
        String close = objects ? "}" : "]";
        String innermost = objects ? "{}" : "[]";
        return open.repeat(depth - 1) + innermost + close.repeat(depth - 1);
    }
}
