package messenger.protocol.client;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What counts as progress for {@link RetryingConnection}'s count of failures in a row. */
class ProgressWatchTest {

    private final RetryingConnection.ProgressWatch watch = new RetryingConnection.ProgressWatch(TransferListener.NONE);

    @Test
    void anAttemptThatOnlySaysWhereItBeganMadeNoProgress() {
        watch.newAttempt();
        assertThat(watch.progressed()).as("no report at all").isFalse();

        watch.newAttempt();
        watch.progress(4096, 10_000);
        assertThat(watch.progressed()).as("the offset it resumed from").isFalse();
    }

    @Test
    void bytesMovedInAnAttemptAfterAttemptsThatReportedNothingAreProgress() {
        watch.newAttempt();
        watch.newAttempt();
        watch.progress(0, 10_000);
        watch.progress(8192, 10_000);

        assertThat(watch.progressed()).isTrue();
    }

    @Test
    void eachAttemptIsMeasuredFromWhereItBegan() {
        watch.newAttempt();
        watch.progress(0, 10_000);
        watch.progress(8192, 10_000);
        watch.newAttempt();
        watch.progress(8192, 10_000);

        assertThat(watch.progressed()).as("the second attempt resumed where the first stopped, and moved nothing")
                .isFalse();
    }
}
