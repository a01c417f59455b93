package messenger.server.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import messenger.protocol.ErrorCode;

/**
 * Every metric the server publishes (Prometheus, on the management port at /q/metrics). The untagged counters
 * are registered up front, so a scrape shows them at 0 before anything has happened.
 */
@ApplicationScoped
public class ServerMetrics {

    private final MeterRegistry registry;
    private final Counter messagesStored;
    private final Counter pushesSent;
    private final Counter writeQueueDrops;
    private final Counter requestsAbandoned;

    @Inject
    public ServerMetrics(MeterRegistry registry) {
        this.registry = registry;
        messagesStored = counter("messenger.messages.stored", "messages committed by this server");
        pushesSent = counter("messenger.pushes.sent", "message pushes written to subscribers");
        writeQueueDrops = counter("messenger.write.queue.drops", "subscribers disconnected for reading too slowly");
        requestsAbandoned = counter("messenger.requests.abandoned",
                "queued read-only requests skipped because their connection had closed");
    }

    /** Gauges read their value when scraped. */
    public void gauge(String name, String description, Supplier<Number> value) {
        Gauge.builder(name, value).description(description).register(registry);
    }

    /** One handled request; {@code error} is null for {@code ok}. Unknown types are counted as "unknown". */
    public void request(String type, long nanos, ErrorCode error) {
        Timer.builder("messenger.requests")
                .description("requests handled, by type and outcome, with their latency")
                .tag("type", type)
                .tag("outcome", error == null ? "ok" : error.name())
                .register(registry)
                .record(nanos, TimeUnit.NANOSECONDS);
        if (error != null) {
            error(error);
        }
    }

    /** One error sent: the reply to a request, or one the connection sends on its own (a bad frame, a refusal). */
    public void error(ErrorCode code) {
        Counter.builder("messenger.errors").description("error replies by code").tag("code", code.name())
                .register(registry).increment();
    }

    /** Payload bytes of a request (direction "in") or reply ("out"): upload and download volume. */
    public void payload(String direction, String type, int bytes) {
        if (bytes > 0) {
            Counter.builder("messenger.payload.bytes").description("payload bytes by direction and request type")
                    .tag("direction", direction).tag("type", type).register(registry).increment(bytes);
        }
    }

    public void messagesStored(int messages) {
        messagesStored.increment(messages);
    }

    /** Pushes of {@code messages} messages written to one subscriber's socket. */
    public void pushesSent(int messages) {
        pushesSent.increment(messages);
    }

    public void writeQueueDrop() {
        writeQueueDrops.increment();
    }

    /** A read-only request not run because its connection had closed while it waited. */
    public void abandonedRequest() {
        requestsAbandoned.increment();
    }

    private Counter counter(String name, String description) {
        return Counter.builder(name).description(description).register(registry);
    }
}
