package messenger.protocol.fuzz;

import java.util.List;

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
    private static final List<String> LITERALS = List.of("true", "false", "null");
    private static final List<Integer> FAR_PAST_THE_LIMIT = List.of(1_000, 10_000);

    private HostileJson() {
    }

    /** Any JSON value, skewed towards the troublesome ones: a number, string, boolean, null, nesting, or array. */
    public static String value(Choices choices) {
        return switch (choices.weighted(2, 2, 1, 1, 1)) {
            case 0 -> number(choices);
            case 1 -> string(choices);
            case 2 -> choices.pick(LITERALS);
            case 3 -> deepNesting(choices);
            default -> "[" + value(choices) + "," + number(choices) + "]";
        };
    }

    public static String number(Choices choices) {
        return switch (choices.between(0, 2)) {
            case 0 -> String.valueOf(choices.anyLong());
            case 1 -> "9".repeat(choices.between(1, 400));
            default -> choices.pick(NUMBERS);
        };
    }

    public static String string(Choices choices) {
        return switch (choices.between(0, 2)) {
            case 0 -> "\"" + "x".repeat(choices.between(0, 5_000)) + "\"";
            case 1 -> "\"" + "\\ud800".repeat(choices.between(1, 50)) + "\"";
            default -> choices.pick(STRINGS);
        };
    }

    /** Arrays or objects nested around the protocol's limit, and far beyond it. */
    public static String deepNesting(Choices choices) {
        int depth = choices.anyBoolean() ? choices.between(0, MAX_NESTING + 2) : choices.pick(FAR_PAST_THE_LIMIT);
        return nested(depth, choices.anyBoolean());
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
