package messenger.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class TimestampsTest {

    @Test
    void aWholeSecondStillHasItsMilliseconds() {
        assertThat(Timestamps.format(Instant.parse("2026-11-25T10:15:30Z"))).isEqualTo("2026-11-25T10:15:30.000Z");
    }

    @Test
    void finerPrecisionIsCutToMillisecondsAndParsesBack() {
        Instant instant = Instant.parse("2026-01-02T03:04:05.678912345Z");

        assertThat(Timestamps.format(instant)).isEqualTo("2026-01-02T03:04:05.678Z");
        assertThat(Instant.parse(Timestamps.format(instant))).isEqualTo(Instant.parse("2026-01-02T03:04:05.678Z"));
    }
}
