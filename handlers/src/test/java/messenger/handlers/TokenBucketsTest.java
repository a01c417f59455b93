package messenger.handlers;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class TokenBucketsTest {

    private final FakeTicker time = new FakeTicker();
    private final TokenBuckets<String> buckets = new TokenBuckets<>(3, 1, Duration.ofHours(1), time);

    @Test
    void aBurstIsAllowedThenTheNextAttemptIsToldHowLongToWait() {
        assertThat(buckets.take("a")).isEmpty();
        assertThat(buckets.take("a")).isEmpty();
        assertThat(buckets.take("a")).isEmpty();

        assertThat(buckets.take("a")).hasValue(Duration.ofHours(1));
    }

    @Test
    void eachKeyHasItsOwnBucket() {
        takeAll("a");

        assertThat(buckets.take("a")).isPresent();
        assertThat(buckets.take("b")).isEmpty();
    }

    @Test
    void tokensComeBackWithTime() {
        takeAll("a");

        time.advance(Duration.ofMinutes(30));
        assertThat(buckets.take("a")).hasValue(Duration.ofMinutes(30));

        time.advance(Duration.ofMinutes(30));
        assertThat(buckets.take("a")).isEmpty();
    }

    @Test
    void aKeyIsForgottenOnceItsBucketWouldBeFullAgain() {
        takeAll("a");

        time.advance(Duration.ofHours(3).minusSeconds(1));
        assertThat(buckets.trackedKeys()).isEqualTo(1);

        time.advance(Duration.ofSeconds(1));
        assertThat(buckets.trackedKeys()).isZero();
        assertThat(buckets.take("a")).as("a forgotten key starts with a full bucket").isEmpty();
    }

    @Test
    void aHundredThousandKeysAreTrackedAtMost() {
        for (int i = 0; i < TokenBuckets.MAX_KEYS + 50_000; i++) {
            buckets.take("busy-" + i);
        }

        assertThat(buckets.trackedKeys()).isEqualTo(TokenBuckets.MAX_KEYS);
    }

    private void takeAll(String key) {
        for (int i = 0; i < 3; i++) {
            assertThat(buckets.take(key)).isEmpty();
        }
    }
}
