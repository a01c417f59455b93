package messenger.handlers;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class TokenBucketsTest {

    private final TokenBuckets<String> buckets = new TokenBuckets<>();

    @Test
    void aBurstIsAllowedThenTheNextAttemptIsToldHowLongToWait() {
        assertThat(buckets.take("a", 1.0 / 3600, 3)).isEmpty();
        assertThat(buckets.take("a", 1.0 / 3600, 3)).isEmpty();
        assertThat(buckets.take("a", 1.0 / 3600, 3)).isEmpty();

        assertThat(buckets.take("a", 1.0 / 3600, 3)).hasValueSatisfying(wait ->
                assertThat(wait).isBetween(Duration.ofMinutes(59), Duration.ofHours(1)));
    }

    @Test
    void eachKeyHasItsOwnBucket() {
        assertThat(buckets.take("a", 1.0 / 3600, 1)).isEmpty();
        assertThat(buckets.take("a", 1.0 / 3600, 1)).isPresent();

        assertThat(buckets.take("b", 1.0 / 3600, 1)).isEmpty();
    }

    @Test
    void tokensComeBackWithTime() throws InterruptedException {
        assertThat(buckets.take("a", 1000, 1)).isEmpty();

        Thread.sleep(20);

        assertThat(buckets.take("a", 1000, 1)).isEmpty();
    }

    @Test
    void pastAHundredThousandBusyKeysANewKeyIsLetThroughUntracked() {
        for (int i = 0; i < 100_000; i++) {
            assertThat(buckets.take("busy-" + i, 1.0 / 3600, 1)).isEmpty();
        }

        assertThat(buckets.take("newcomer", 1.0 / 3600, 1)).isEmpty();
        assertThat(buckets.take("newcomer", 1.0 / 3600, 1)).as("no bucket was kept for it").isEmpty();
        assertThat(buckets.take("busy-7", 1.0 / 3600, 1)).as("tracked keys still wait").isPresent();
    }
}
