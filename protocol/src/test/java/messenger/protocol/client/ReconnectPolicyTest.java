package messenger.protocol.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

class ReconnectPolicyTest {

    private final ReconnectPolicy policy = new ReconnectPolicy(Duration.ofMillis(500), Duration.ofSeconds(8));

    @RepeatedTest(20)
    void doublesUpToTheMaximumWithAtMostAFifthTakenOff() {
        assertThat(policy.delay(1)).isBetween(Duration.ofMillis(400), Duration.ofMillis(500));
        assertThat(policy.delay(3)).isBetween(Duration.ofMillis(1600), Duration.ofMillis(2000));
        assertThat(policy.delay(30)).isBetween(Duration.ofMillis(6400), Duration.ofSeconds(8));
        assertThat(policy.delay(Integer.MAX_VALUE)).isBetween(Duration.ofMillis(6400), Duration.ofSeconds(8));
    }

    @Test
    void reachingTheMaximumMeansOffline() {
        assertThat(policy.isAtMax(4)).isFalse();
        assertThat(policy.isAtMax(5)).isTrue();
    }
}
