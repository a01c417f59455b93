package messenger.handlers.file;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.transaction.Status;
import java.nio.charset.StandardCharsets;
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
        digests.chunkStored(6, 0, FIRST);
        digests.forgetUnlessCommitted(6).afterCompletion(Status.STATUS_ROLLEDBACK);
        digests.chunkStored(6, FIRST.length, SECOND);

        assertThat(digests.finish(6, FIRST.length + SECOND.length)).isEmpty();
    }

    @Test
    void aCommittedChunkIsKept() {
        digests.chunkStored(7, 0, FIRST);
        digests.forgetUnlessCommitted(7).afterCompletion(Status.STATUS_COMMITTED);
        digests.chunkStored(7, FIRST.length, SECOND);

        assertThat(digests.finish(7, FIRST.length + SECOND.length)).contains(WHOLE);
    }

    @Test
    void startingAgainFromOffsetZeroStartsAFreshDigest() {
        digests.chunkStored(5, 0, SECOND);
        digests.chunkStored(5, 0, FIRST);
        digests.chunkStored(5, FIRST.length, SECOND);

        assertThat(digests.finish(5, FIRST.length + SECOND.length)).contains(WHOLE);
    }
}
