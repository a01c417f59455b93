package messenger.client.net;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class BackoffTest {

    private final Backoff backoff = new Backoff(Duration.ofMillis(500), Duration.ofSeconds(8));

    @Test
    void doublesUpToTheMaximumWithAtMostAFifthTakenOff() {
        assertThat(backoff.delay(1)).isBetween(Duration.ofMillis(400), Duration.ofMillis(500));
        assertThat(backoff.delay(3)).isBetween(Duration.ofMillis(1600), Duration.ofMillis(2000));
        assertThat(backoff.delay(30)).isBetween(Duration.ofMillis(6400), Duration.ofSeconds(8));
    }

    @Test
    void reachingTheMaximumMeansOffline() {
        assertThat(backoff.isAtMax(4)).isFalse();
        assertThat(backoff.isAtMax(5)).isTrue();
    }
}
