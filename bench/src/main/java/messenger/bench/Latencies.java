package messenger.bench;

import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;

/** A latency distribution in nanoseconds that any number of threads may record into at once. */
final class Latencies {

    private final Histogram histogram = new ConcurrentHistogram(3);

    void record(long nanos) {
        histogram.recordValue(Math.max(0, nanos));
    }

    long count() {
        return histogram.getTotalCount();
    }

    /** The median in milliseconds (0 when nothing was recorded). */
    double p50Millis() {
        return Report.millis(histogram.getValueAtPercentile(50));
    }

    /** The 99th percentile in milliseconds (0 when nothing was recorded). */
    double p99Millis() {
        return Report.millis(histogram.getValueAtPercentile(99));
    }

    Report summary() {
        return new Report()
                .put("count", histogram.getTotalCount())
                .put("p50Ms", Report.millis(histogram.getValueAtPercentile(50)))
                .put("p90Ms", Report.millis(histogram.getValueAtPercentile(90)))
                .put("p99Ms", Report.millis(histogram.getValueAtPercentile(99)))
                .put("p999Ms", Report.millis(histogram.getValueAtPercentile(99.9)))
                .put("maxMs", Report.millis(histogram.getMaxValue()));
    }
}
