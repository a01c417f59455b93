package messenger.protocol;

/** The stable error identifiers of protocol v1, carried in the {@code code} field of an {@code error} frame. */
public enum ErrorCode {
    BAD_FRAME,
    BAD_REQUEST,
    UNKNOWN_TYPE,
    UNAUTHENTICATED,
    AUTH_FAILED,
    LOGIN_TAKEN,
    INVALID_LOGIN,
    WEAK_PASSWORD,
    NOT_FOUND,
    BAD_OFFSET,
    CHECKSUM_MISMATCH,
    TOO_LARGE,
    RATE_LIMITED,
    UNAVAILABLE,
    FORBIDDEN,
    INTERNAL;

    /** Parses a code sent by a peer; a code this version does not know becomes {@link #INTERNAL}. */
    public static ErrorCode parse(String code) {
        for (ErrorCode c : values()) {
            if (c.name().equals(code)) {
                return c;
            }
        }
        return INTERNAL;
    }
}
