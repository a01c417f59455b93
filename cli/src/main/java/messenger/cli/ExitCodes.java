package messenger.cli;

import messenger.protocol.ErrorCode;

/** The exit codes a script can rely on (the README has the table). Every protocol error code maps to one. */
final class ExitCodes {

    static final int OK = 0;
    static final int FAILURE = 1;
    static final int USAGE = 2;
    static final int NOT_SIGNED_IN = 3;
    static final int NOT_FOUND = 4;
    static final int UNAVAILABLE = 5;
    static final int CHECKSUM_MISMATCH = 6;
    /** The server's TLS certificate is not trusted, or names another host: never retried, never ignored. */
    static final int NOT_TRUSTED = 7;
    /** Not a member of that conversation, or not allowed that change in it. */
    static final int FORBIDDEN = 8;

    private ExitCodes() {
    }

    /** A switch without default, so a new protocol error code does not compile until it has an exit code. */
    static int of(ErrorCode code) {
        return switch (code) {
            case UNAUTHENTICATED, AUTH_FAILED -> NOT_SIGNED_IN;
            case NOT_FOUND -> NOT_FOUND;
            case FORBIDDEN -> FORBIDDEN;
            case UNAVAILABLE, RATE_LIMITED -> UNAVAILABLE;
            case CHECKSUM_MISMATCH -> CHECKSUM_MISMATCH;
            case BAD_REQUEST, INVALID_LOGIN, WEAK_PASSWORD, TOO_LARGE -> USAGE;
            case LOGIN_TAKEN, BAD_FRAME, UNKNOWN_TYPE, BAD_OFFSET, INTERNAL -> FAILURE;
        };
    }
}
