package messenger.handlers;

import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Duration;

/** A clock that moves only when a test says so. */
public final class FakeTicker implements Ticker {

    private long nanos;

    @Override
    public long read() {
        return nanos;
    }

    public void advance(Duration time) {
        nanos += time.toNanos();
    }
}
