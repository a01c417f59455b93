package messenger.handlers.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import messenger.handlers.FakeTicker;
import org.junit.jupiter.api.Test;

class LoginFailuresTest {

    private static final int FREE_ATTEMPTS = 2;
    private static final Duration MAX_DELAY = Duration.ofMinutes(15);

    private final FakeTicker time = new FakeTicker();
    private final LoginFailures failures = new LoginFailures(FREE_ATTEMPTS, MAX_DELAY, time);

    @Test
    void pastTheFreeAttemptsEachFailureDoublesTheWaitUpToTheMaximum() {
        failures.failed("alice");
        assertThat(failures.waitFor("alice")).isZero();

        for (long seconds : new long[] {1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 900, 900}) {
            failures.failed("alice");
            assertThat(failures.waitFor("alice")).isEqualTo(Duration.ofSeconds(seconds));
        }
    }

    @Test
    void theWaitRunsOut() {
        failToWait("alice", 4);

        time.advance(Duration.ofMillis(1500));
        assertThat(failures.waitFor("alice")).isEqualTo(Duration.ofMillis(2500));

        time.advance(Duration.ofMillis(2500));
        assertThat(failures.waitFor("alice")).isZero();
        assertThat(failures.waitFor("bob")).isZero();
    }

    @Test
    void failuresAreForgottenTheMaximumDelayAfterTheWaitEnded() {
        failToWait("alice", 1);

        time.advance(MAX_DELAY);
        failures.failed("alice");
        assertThat(failures.waitFor("alice")).as("still counted: the wait doubles").isEqualTo(Duration.ofSeconds(2));

        time.advance(Duration.ofSeconds(2).plus(MAX_DELAY));
        failures.failed("alice");
        assertThat(failures.waitFor("alice")).as("counting starts over").isZero();
    }

    @Test
    void aForgottenKeyIsDropped() {
        failToWait("alice", 1);

        time.advance(MAX_DELAY.multipliedBy(2));

        assertThat(failures.trackedKeys()).isZero();
    }

    @Test
    void aForgottenLoginStartsOver() {
        failToWait("alice", 1);

        failures.forget("alice");

        assertThat(failures.waitFor("alice")).isZero();
    }

    @Test
    void aHundredThousandKeysAreRememberedAtMost() {
        for (int i = 0; i < LoginFailures.MAX_KEYS + 50_000; i++) {
            failures.failed("login-" + i);
        }

        assertThat(failures.trackedKeys()).isEqualTo(LoginFailures.MAX_KEYS);
    }

    @Test
    void aNewTargetIsThrottledWhenEveryRememberedKeyIsStillBlocked() {
        for (int i = 0; i < LoginFailures.MAX_KEYS; i++) {
            failToWait("flood-" + i, 1);
        }

        failToWait("target", 1);

        assertThat(failures.waitFor("target")).isEqualTo(Duration.ofSeconds(1));
        assertThat(failures.trackedKeys()).isEqualTo(LoginFailures.MAX_KEYS);
    }

    /** A login is counted before anything checks it, and a header may carry 64 KiB of one. */
    @Test
    void aKeyOfAnyLengthIsKeptInSixtyFourCharacters() {
        String longLogin = "x".repeat(64 * 1024);
        for (int i = 0; i < 100; i++) {
            failures.failed(longLogin + i);
        }
        failToWait(longLogin, 1);

        assertThat(failures.keptKeys()).hasSize(101).allMatch(key -> key.matches("[0-9a-f]{64}"));
        assertThat(failures.waitFor(longLogin + "0")).isZero();
    }

    /** Fails {@code key} until it must wait {@code seconds}. */
    private void failToWait(String key, long seconds) {
        for (int i = 0; i < FREE_ATTEMPTS + Long.numberOfTrailingZeros(seconds); i++) {
            failures.failed(key);
        }
        assertThat(failures.waitFor(key)).isEqualTo(Duration.ofSeconds(seconds));
    }
}
