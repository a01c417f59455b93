package messenger.server.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.function.Supplier;
import messenger.protocol.ErrorCode;

/** Every metric the server publishes (Prometheus, on the management port at /q/metrics). */
@ApplicationScoped
public class ServerMetrics {

    @Inject
    MeterRegistry registry;

    /** Gauges read their value when scraped. */
    public void gauge(String name, String description, Supplier<Number> value) {
        io.micrometer.core.instrument.Gauge.builder(name, value).description(description).register(registry);
    }

    /** One handled request; {@code error} is null for {@code ok}. Unknown types are counted as "unknown". */
    public void request(String type, long nanos, ErrorCode error) {
        Timer.builder("messenger.requests")
                .description("requests handled, by type and outcome, with their latency")
                .tag("type", type)
                .tag("outcome", error == null ? "ok" : error.name())
                .register(registry)
                .record(nanos, java.util.concurrent.TimeUnit.NANOSECONDS);
        if (error != null) {
            Counter.builder("messenger.errors").description("error replies by code").tag("code", error.name())
                    .register(registry).increment();
        }
    }

    /** Payload bytes of a request (direction "in") or reply ("out"): upload and download volume. */
    public void payload(String direction, String type, int bytes) {
        if (bytes > 0) {
            Counter.builder("messenger.payload.bytes").description("payload bytes by direction and request type")
                    .tag("direction", direction).tag("type", type).register(registry).increment(bytes);
        }
    }

    public void messagesStored(int messages, int subscribers) {
        registry.counter("messenger.messages.stored").increment(messages);
        registry.counter("messenger.pushes.sent").increment((double) messages * subscribers);
    }

    public void writeQueueDrop() {
        registry.counter("messenger.write.queue.drops").increment();
    }

    /** A read-only request not run because its connection had closed while it waited. */
    public void abandonedRequest() {
        registry.counter("messenger.requests.abandoned").increment();
    }
}
