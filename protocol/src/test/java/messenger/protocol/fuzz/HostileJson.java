package messenger.protocol.fuzz;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * JSON text that parsers and data binders get wrong: numbers past every integer range, negative zero, tiny
 * and huge exponents, strings with lone surrogates and control characters, deep nesting, and values of every
 * JSON type where another one is expected. Everything produced here is syntactically valid JSON.
 */
public final class HostileJson {

    /** Nesting depth the protocol allows for a header, the header object itself included. */
    public static final int MAX_NESTING = 32;

    private static final String[] NUMBERS = {
        "0", "-0", "0.0", "-0.0", "1", "-1", "1.0", "1.5", "7.9", "-7.9", "1E+2", "1e2", "1e-2",
        "2147483647", "2147483648", "-2147483649", "4294967296", "4294967297",
        "9223372036854775807", "9223372036854775808", "-9223372036854775808", "-9223372036854775809",
        "18446744073709551615", "18446744073709551623", "1e19", "1e308", "1e309", "-1e309", "4.9e-324",
        "1e9999", "1e-9999", "1e999999", "-1e999999", "1e-999999", "0e99999999", "1E2147483647",
        "1e2147483648", "0.000000000000000000000000000001", "123456789012345678901234567890.5e-3"};
    private static final String[] STRINGS = {
        "\"\"", "\" \"", "\"a\"", "\"7\"", "\"-1\"", "\"1e999999\"", "\"true\"", "\"null\"", "\"\\u0000\"",
        "\"\\ud800\"", "\"\\udc00\"", "\"\\udc00\\ud800\"", "\"\\ud83d\\ude00\"", "\"\\u202e\"", "\"\\ufeff\"",
        "\"\\\"\\\\\\/\\b\\f\\n\\r\\t\"", "\"é\"", "\"😀\"", "\"../../etc/passwd\"", "\"C:\\\\con\""};

    private HostileJson() {
    }

    /** Any JSON value, skewed towards the troublesome ones: a number, string, boolean, null, nesting, or array. */
    public static Arbitrary<String> values() {
        return Arbitraries.frequencyOf(
                Tuple.of(2, numbers()),
                Tuple.of(2, strings()),
                Tuple.of(1, Arbitraries.of("true", "false", "null")),
                Tuple.of(1, deepNesting()),
                Tuple.of(1, Arbitraries.lazy(HostileJson::pairs)));
    }

    public static Arbitrary<String> numbers() {
        return Arbitraries.oneOf(
                Arbitraries.longs().map(String::valueOf),
                Arbitraries.integers().between(1, 400).map("9"::repeat),
                Arbitraries.of(NUMBERS));
    }

    public static Arbitrary<String> strings() {
        return Arbitraries.oneOf(
                Arbitraries.integers().between(0, 5_000).map(length -> "\"" + "x".repeat(length) + "\""),
                Arbitraries.integers().between(1, 50).map(count -> "\"" + "\\ud800".repeat(count) + "\""),
                Arbitraries.of(STRINGS));
    }

    /** Arrays or objects nested around the protocol's limit, and far beyond it. */
    public static Arbitrary<String> deepNesting() {
        Arbitrary<Integer> depths = Arbitraries.oneOf(
                Arbitraries.integers().between(0, MAX_NESTING + 2), Arbitraries.of(1_000, 10_000));
        return Combinators.combine(depths, Arbitraries.of(true, false)).as(HostileJson::nested);
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

    private static Arbitrary<String> pairs() {
        return Combinators.combine(values(), numbers()).as((first, second) -> "[" + first + "," + second + "]");
    }
}
