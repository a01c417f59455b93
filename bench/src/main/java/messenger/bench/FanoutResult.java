package messenger.bench;

/** The outcome of one {@link FanoutPhase}. */
record FanoutResult(double offeredPerSecond, double seconds, long sent, long stored, long errors, long unanswered,
                    String firstError,
                    long deliveries, long expectedDeliveries, double storedPerSecond, double deliveriesPerSecond,
                    Latencies sendToOk, Latencies sendToDelivery) {

    /** Share of the offered rate that must be stored for a rate to count as held. */
    private static final double KEPT_UP = 0.95;

    /** The server kept up: everything stored and delivered, at the offered rate, within the latency bound. */
    boolean held(double maxP99Millis) {
        return errors == 0
                && unanswered == 0
                && deliveries == expectedDeliveries
                && storedPerSecond >= KEPT_UP * offeredPerSecond
                && sendToDelivery.p99Millis() <= maxP99Millis;
    }

    Report toReport() {
        return new Report()
                .put("offeredPerSecond", offeredPerSecond)
                .put("seconds", seconds)
                .put("sent", sent)
                .put("stored", stored)
                .put("errors", errors)
                .put("unanswered", unanswered)
                .put("firstError", firstError)
                .put("storedPerSecond", storedPerSecond)
                .put("deliveries", deliveries)
                .put("expectedDeliveries", expectedDeliveries)
                .put("deliveriesPerSecond", deliveriesPerSecond)
                .put("sendToOk", sendToOk.summary())
                .put("sendToDelivery", sendToDelivery.summary());
    }
}
