package messenger.handlers.file;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.transaction.Status;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import messenger.protocol.Sha256;
import org.junit.jupiter.api.Test;

class UploadDigestsTest {

    private static final byte[] FIRST = "first chunk ".getBytes(StandardCharsets.UTF_8);
    private static final byte[] SECOND = "second chunk".getBytes(StandardCharsets.UTF_8);
    private static final String WHOLE = Sha256.hex("first chunk second chunk".getBytes(StandardCharsets.UTF_8));

    private final UploadDigests digests = new UploadDigests();

    @Test
    void chunksInOrderGiveTheHashOfTheWholeFile() {
        digests.chunkStored(1, 0, FIRST);
        digests.chunkStored(1, FIRST.length, SECOND);

        assertThat(digests.finish(1, FIRST.length + SECOND.length)).contains(WHOLE);
        assertThat(digests.finish(1, FIRST.length + SECOND.length)).as("forgotten after the finish").isEmpty();
    }

    @Test
    void aChunkSentAgainDropsTheDigestSoTheFinishReadsTheStoredChunks() {
        digests.chunkStored(2, 0, FIRST);
        digests.chunkStored(2, FIRST.length, SECOND);
        digests.chunkStored(2, FIRST.length, SECOND);

        assertThat(digests.finish(2, FIRST.length + SECOND.length)).isEmpty();
    }

    @Test
    void anUploadResumedWithoutItsFirstChunkIsNotHashedHere() {
        digests.chunkStored(3, FIRST.length, SECOND);

        assertThat(digests.finish(3, FIRST.length + SECOND.length)).isEmpty();
    }

    @Test
    void aDigestThatHasNotSeenTheWholeFileIsNotTrusted() {
        digests.chunkStored(4, 0, FIRST);

        assertThat(digests.finish(4, FIRST.length + SECOND.length)).isEmpty();
    }

    @Test
    void aChunkWhoseTransactionRolledBackIsForgotten() {
        assertThat(digestWhenTheFirstChunksTransactionEnds(6, Status.STATUS_ROLLEDBACK)).isEmpty();
    }

    @Test
    void aCommittedChunkIsKept() {
        assertThat(digestWhenTheFirstChunksTransactionEnds(7, Status.STATUS_COMMITTED)).contains(WHOLE);
    }

    @Test
    void startingAgainFromOffsetZeroStartsAFreshDigest() {
        digests.chunkStored(5, 0, SECOND);
        digests.chunkStored(5, 0, FIRST);
        digests.chunkStored(5, FIRST.length, SECOND);

        assertThat(digests.finish(5, FIRST.length + SECOND.length)).contains(WHOLE);
    }

    @Test
    void uploadsLeftToOtherServersMakeRoomOnceIdleForAnHour() {
        AtomicLong nanos = new AtomicLong();
        UploadDigests tracking = new UploadDigests(nanos::get);
        for (long elsewhere = 100; elsewhere < 1_100; elsewhere++) {
            tracking.chunkStored(elsewhere, 0, FIRST);
        }
        nanos.addAndGet(Duration.ofMinutes(61).toNanos());

        tracking.chunkStored(8, 0, FIRST);
        tracking.chunkStored(8, FIRST.length, SECOND);

        assertThat(tracking.finish(8, FIRST.length + SECOND.length)).contains(WHOLE);
    }

    private Optional<String> digestWhenTheFirstChunksTransactionEnds(long uploadId, int status) {
        digests.chunkStored(uploadId, 0, FIRST);
        digests.forgetUnlessCommitted(uploadId).afterCompletion(status);
        digests.chunkStored(uploadId, FIRST.length, SECOND);
        return digests.finish(uploadId, FIRST.length + SECOND.length);
    }
}
