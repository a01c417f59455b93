package messenger.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.lang.management.ManagementFactory;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import messenger.protocol.fuzz.HostileJson;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Bounded allocation: what the decoder allocates is bounded by the limits, never by what a length prefix
 * claims. Measured with the allocation counter of the current thread.
 */
class FrameAllocationTest {

    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    /** Room for the exception, its message and the stream wrappers; far below any claimed body. */
    private static final long SMALL = 16 * 1024;
    private static final FrameLimits TINY = new FrameLimits(64, 0);

    @BeforeAll
    static void allocationCounterIsAvailable() {
        assumeTrue(THREADS.isThreadAllocatedMemorySupported() && THREADS.isThreadAllocatedMemoryEnabled());
    }

    @ParameterizedTest(name = "header {0}, payload {1}")
    @CsvSource({"4294967295, 4294967295", "4294967295, 0", "2147483648, 0", "2147483647, 0", "65, 0",
            "22, 4294967295", "22, 2147483647", "22, 1"})
    void aPrefixClaimingMoreThanTheLimitsAllocatesNoBody(long header, long payload) {
        byte[] prefix = prefix(header, payload);
        failureOf(() -> FrameCodec.read(stream(prefix), TINY)); // warm-up: the first call loads classes

        Measured measured = measure(() -> FrameCodec.read(stream(prefix), TINY));

        assertThat(measured.failure()).isInstanceOf(BadFrameException.class);
        assertThat(measured.allocatedBytes()).isLessThan(SMALL);
    }

    @Test
    void aLegalClaimWhoseBytesNeverComeAllocatesAtMostTheHeaderLimit() {
        byte[] prefix = prefix(FrameLimits.DEFAULT_MAX_HEADER, FrameLimits.DEFAULT_MAX_PAYLOAD);
        failureOf(() -> FrameCodec.read(stream(prefix), FrameLimits.DEFAULT));

        Measured measured = measure(() -> FrameCodec.read(stream(prefix), FrameLimits.DEFAULT));

        assertThat(measured.failure()).isInstanceOf(EOFException.class);
        assertThat(measured.allocatedBytes()).isBetween((long) FrameLimits.DEFAULT_MAX_HEADER,
                (long) FrameLimits.DEFAULT_MAX_HEADER + SMALL);
    }

    /** A header at the limit made of the smallest JSON values: the worst case for the parsed tree. */
    @Test
    void decodingAHeaderAtTheLimitAllocatesABoundedMultipleOfIt() {
        byte[] header = headerOfSmallValues(FrameLimits.DEFAULT_MAX_HEADER);
        failureOf(() -> FrameCodec.decodeHeader(header, 0, header.length));

        Measured measured = measure(() -> FrameCodec.decodeHeader(header, 0, header.length));

        assertThat(measured.failure()).isNull();
        assertThat(measured.allocatedBytes()).isLessThan(100L * header.length);
    }

    @Test
    void aMillionLevelsOfNestingAreABadFrameNotAStackOverflow() {
        byte[] header = ("{\"type\":\"ping\",\"a\":" + HostileJson.nested(1_000_000, false) + "}")
                .getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> FrameCodec.decodeHeader(header, 0, header.length))
                .isInstanceOf(BadFrameException.class);
    }

    private static byte[] headerOfSmallValues(int length) {
        StringBuilder json = new StringBuilder("{\"type\":\"ping\",\"a\":[0");
        while (json.length() < length - 4) {
            json.append(",0");
        }
        json.append("]}");
        return json.toString().getBytes(StandardCharsets.US_ASCII);
    }

    /** What a decoder call threw (null if nothing) and what the current thread allocated meanwhile. */
    private record Measured(Throwable failure, long allocatedBytes) {
    }

    private static Measured measure(Callable<?> decoding) {
        long threadId = Thread.currentThread().getId();
        long before = THREADS.getThreadAllocatedBytes(threadId);
        Throwable failure = failureOf(decoding);
        return new Measured(failure, THREADS.getThreadAllocatedBytes(threadId) - before);
    }

    private static Throwable failureOf(Callable<?> decoding) {
        try {
            decoding.call();
            return null;
        } catch (Exception e) {
            return e;
        }
    }

    private static byte[] prefix(long header, long payload) {
        return ByteBuffer.allocate(8).putInt((int) header).putInt((int) payload).array();
    }

    private static DataInputStream stream(byte[] bytes) {
        return new DataInputStream(new ByteArrayInputStream(bytes));
    }
}
