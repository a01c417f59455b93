package messenger.protocol;

/**
 * Hard size limits of one frame, checked from the length prefix before anything is allocated.
 */
public record FrameLimits(int maxHeader, int maxPayload) {

    public static final int DEFAULT_MAX_HEADER = 65_536;
    public static final int DEFAULT_MAX_PAYLOAD = 1_048_576;
    public static final FrameLimits DEFAULT = new FrameLimits(DEFAULT_MAX_HEADER, DEFAULT_MAX_PAYLOAD);

    public FrameLimits {
        if (maxHeader < 64 || maxPayload < 0) {
            throw new IllegalArgumentException("maxHeader must be >= 64 and maxPayload >= 0");
        }
    }

    /** Both lengths are read as unsigned 32-bit values, so they arrive here as non-negative longs. */
    public void check(long headerLength, long payloadLength) throws BadFrameException {
        if (headerLength == 0) {
            throw new BadFrameException("empty header");
        }
        if (headerLength > maxHeader) {
            throw new BadFrameException("header of " + headerLength + " bytes exceeds the limit of " + maxHeader);
        }
        if (payloadLength > maxPayload) {
            throw new BadFrameException("payload of " + payloadLength + " bytes exceeds the limit of " + maxPayload);
        }
    }
}
