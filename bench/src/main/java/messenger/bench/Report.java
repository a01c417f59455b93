package messenger.bench;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Named figures in the order they were added. A value is a number, a string, a boolean, a nested report or a
 * list of reports. Units are part of the names ({@code p99Ms}, {@code heapMiB}).
 */
final class Report {

    private final Map<String, Object> fields = new LinkedHashMap<>();

    Report put(String name, Object value) {
        if (value != null) {
            fields.put(name, value instanceof Double number ? round(number) : value);
        }
        return this;
    }

    /** Adds every field of {@code other}, in its order. */
    Report putAll(Report other) {
        fields.putAll(other.fields);
        return this;
    }

    Object get(String name) {
        return fields.get(name);
    }

    Map<String, Object> fields() {
        return fields;
    }

    /** Three decimals are more than any of these measurements can resolve. */
    private static Object round(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return String.valueOf(value);
        }
        return Math.round(value * 1000) / 1000.0;
    }

    private static final long MIB = 1L << 20;

    static double mib(long bytes) {
        return bytes / (double) MIB;
    }

    static double kib(double bytes) {
        return bytes / 1024.0;
    }

    static double millis(long nanos) {
        return nanos / 1e6;
    }
}
