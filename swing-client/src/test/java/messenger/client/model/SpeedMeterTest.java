package messenger.client.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class SpeedMeterTest {

    private final AtomicLong nanos = new AtomicLong();
    private final SpeedMeter meter = new SpeedMeter(nanos::get);

    @Test
    void measuresBytesPerSecondOverTheRecentWindow() {
        meter.record(0);
        nanos.set(1_000_000_000L);
        assertThat(meter.record(2_000_000)).isEqualTo(2_000_000);
        nanos.set(10_000_000_000L);
        meter.record(2_000_000);
        nanos.set(11_000_000_000L);
        assertThat(meter.record(3_000_000)).isEqualTo(1_000_000);
    }

    @Test
    void startsOverWhenProgressGoesBack() {
        meter.record(5_000_000);
        nanos.set(1_000_000_000L);
        assertThat(meter.record(1_000)).isZero();
    }
}
