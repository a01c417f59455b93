package messenger.handlers.spi;

import messenger.protocol.ErrorCode;

/** Checks of request fields that end in {@code BAD_REQUEST} naming the field. */
public final class Fields {

    private Fields() {
    }

    public static <T> T required(T value, String field) {
        if (value == null) {
            throw badRequest("missing field \"" + field + "\"");
        }
        return value;
    }

    public static long requiredId(Long value, String field) {
        long id = required(value, field);
        if (id < 1) {
            throw badRequest("\"" + field + "\" must be a positive id");
        }
        return id;
    }

    public static long nonNegative(Long value, String field) {
        long number = required(value, field);
        if (number < 0) {
            throw badRequest("\"" + field + "\" must not be negative");
        }
        return number;
    }

    /** A limit that defaults when absent and must lie in 1..max. */
    public static int limit(Integer value, int defaultValue, int max) {
        if (value == null) {
            return defaultValue;
        }
        if (value < 1 || value > max) {
            throw badRequest("\"limit\" must be between 1 and " + max);
        }
        return value;
    }

    public static RequestException badRequest(String message) {
        return new RequestException(ErrorCode.BAD_REQUEST, message);
    }
}
