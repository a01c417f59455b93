package messenger.protocol.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.stream.IntStream;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

class ReconnectPolicyTest {

    private final ReconnectPolicy policy = new ReconnectPolicy(Duration.ofMillis(500), Duration.ofSeconds(8));

    @RepeatedTest(20)
    void doublesUpToTheMaximumWithAtMostHalfTakenOff() {
        assertThat(policy.delay(1)).isBetween(Duration.ofMillis(250), Duration.ofMillis(500));
        assertThat(policy.delay(3)).isBetween(Duration.ofMillis(1000), Duration.ofMillis(2000));
        assertThat(policy.delay(30)).isBetween(Duration.ofSeconds(4), Duration.ofSeconds(8));
        assertThat(policy.delay(Integer.MAX_VALUE)).isBetween(Duration.ofSeconds(4), Duration.ofSeconds(8));
    }

    @Test
    void aCapShortensOnlyTheLongWaits() {
        ReconnectPolicy capped = policy.cappedAt(Duration.ofSeconds(3));

        assertThat(capped).isEqualTo(new ReconnectPolicy(Duration.ofMillis(500), Duration.ofSeconds(3)));
        assertThat(policy.cappedAt(Duration.ofSeconds(30))).isSameAs(policy);
        assertThat(policy.cappedAt(Duration.ofMillis(100)))
                .isEqualTo(new ReconnectPolicy(Duration.ofMillis(100), Duration.ofMillis(100)));
    }

    @Test
    void manyClientsDroppedTogetherDoNotAllReturnAtOnce() {
        long distinct = IntStream.range(0, 200).mapToObj(i -> policy.delay(4)).distinct().count();
        assertThat(distinct).isGreaterThan(100);
    }
}
