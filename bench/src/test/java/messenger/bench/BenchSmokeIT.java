package messenger.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import messenger.testkit.ServerProcess;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Each scenario once, at a tiny size, against one packaged server; only the shape of the reports is checked,
 * never a timing. One more run goes through the shaded jar, which starts a server of its own.
 */
class BenchSmokeIT {

    private static final Path WORK = Path.of("target", "bench-smoke");
    private static ServerProcess server;

    @BeforeAll
    static void startServer() throws Exception {
        Files.createDirectories(WORK);
        server = ServerProcess.start(WORK.resolve("server-" + System.nanoTime()), BenchTarget.UNTHROTTLED);
    }

    @AfterAll
    static void stopServer() throws Exception {
        if (server != null) {
            server.stop();
        }
    }

    @Test
    void fanoutReportsRatesAndLatencies() throws Exception {
        Report results = results(run("fanout", "--subscribers", "4", "--users", "2", "--senders", "2",
                "--rate", "40", "--duration", "1", "--warmup", "0"));
        assertThat(results.fields()).containsKeys("storedPerSecond", "deliveriesPerSecond", "sendToOk",
                "sendToDelivery", "held", "cpu");
        assertThat(((Report) results.get("sendToDelivery")).fields())
                .containsKeys("p50Ms", "p99Ms", "p999Ms", "maxMs");
        assertThat((long) results.get("stored")).isPositive();
    }

    @Test
    void fanoutFindMaxReportsTheHighestRateThatHeld() throws Exception {
        Report results = results(run("fanout", "--find-max", "--subscribers", "2", "--users", "1",
                "--senders", "1", "--rate", "20", "--duration", "1", "--warmup", "0", "--rate-limit", "30"));
        assertThat(results.fields()).containsKeys("maxHeldOfferedPerSecond", "steps");
        assertThat((List<?>) results.get("steps")).isNotEmpty();
    }

    @Test
    void roomsDeliversEachMessageToItsRoomsMembersOnly() throws Exception {
        Report results = results(run("rooms", "--user-prefix", "rooms", "--users", "12", "--rooms", "4",
                "--room-size", "3", "--big-rooms", "1", "--big-room-size", "12", "--rate", "40", "--duration", "1",
                "--warmup", "0"));
        long stored = (long) results.get("stored");
        assertThat(stored).isPositive();
        assertThat(results.get("errors")).isEqualTo(0L);
        assertThat(results.get("unanswered")).isEqualTo(0L);
        Report small = (Report) results.get("smallRooms");
        Report big = (Report) results.get("bigRooms");
        assertThat((long) small.get("stored") + (long) big.get("stored")).isEqualTo(stored);
        assertThat(results.get("expectedDeliveries"))
                .isEqualTo((long) small.get("stored") * 3 + (long) big.get("stored") * 12);
        assertThat(results.get("deliveries")).isEqualTo(results.get("expectedDeliveries"));
        Report check = (Report) results.get("deliveryCheck");
        assertThat(check.fields()).containsEntry("exact", true).containsEntry("connectionsExact", 12L)
                .containsEntry("missing", 0L).containsEntry("extra", 0L).containsEntry("notTheirRooms", 0L)
                .containsEntry("outOfOrder", 0L);
        assertThat(big.fields()).containsEntry("rooms", 1L).containsKey("sendToDelivery");
        assertThat(results.fields()).containsKeys("layout", "setup", "cpu");
    }

    @Test
    void liveMeasuresQuietAndBusyPhasesWithTypingAndPresencePushes() throws Exception {
        Report results = results(run("live", "--user-prefix", "live", "--subscribers", "4", "--users", "2",
                "--senders", "1", "--rate", "20", "--duration", "1", "--warmup", "0", "--rounds", "1",
                "--typing-share", "0.5", "--typing-every", "0.5", "--churn-rate", "4", "--churn-life", "0.5"));
        Report quiet = (Report) ((List<?>) results.get("quiet")).get(0);
        Report busy = (Report) ((List<?>) results.get("busy")).get(0);
        assertThat(quiet.fields()).containsKeys("storedPerSecond", "deliveriesPerSecond", "sendToDelivery", "cpu");
        assertThat(busy.get("deliveries")).isEqualTo(busy.get("expectedDeliveries"));
        assertThat(((Report) busy.get("noise")).fields()).containsKeys("typingSent", "churnConnectionsOpened");
        assertThat((long) busy.get("typingPushesReceived")).isPositive();
        assertThat((long) busy.get("presencePushesReceived")).isPositive();
    }

    @Test
    void filesReportsBothDirectionsAgainstTheLoopbackCopy() throws Exception {
        Report results = results(run("files", "--size", "2m", "--live-heap-every", "0", "--rounds", "2",
                "--dir", WORK.resolve("files").toString()));
        for (String transfer : List.of("upload", "download", "downloadAgain")) {
            assertThat(((Report) results.get(transfer)).fields()).containsKeys("mbPerSecond", "ratioToLoopback");
        }
        assertThat(((Report) results.get("uploadAgain")).fields()).containsKeys("seconds", "cpu");
        assertThat((List<?>) results.get("rounds")).hasSize(2);
        assertThat(((Report) results.get("loopback")).fields()).containsKey("mbPerSecond");
        assertThat(((Report) results.get("serverHeap")).fields())
                .containsKeys("liveHeapBeforeMiB", "liveHeapAfterMiB", "liveHeapGrowthMiB");
    }

    @Test
    void filesChatMeasuresTheFanOutWithAndWithoutTransfersEachWay() throws Exception {
        for (String way : List.of("both", "down")) {
            Report results = results(run("files-chat", "--user-prefix", "fc" + way, "--subscribers", "4",
                    "--users", "2", "--senders", "1", "--rate", "20", "--duration", "1", "--warmup", "0",
                    "--rounds", "1", "--size", "4m", "--transfers", way,
                    "--dir", WORK.resolve("files-chat").toString()));
            Report quiet = (Report) ((List<?>) results.get("quiet")).get(0);
            Report busy = (Report) ((List<?>) results.get("busy")).get(0);
            assertThat(quiet.get("deliveries")).isEqualTo(quiet.get("expectedDeliveries"));
            assertThat(busy.get("deliveries")).isEqualTo(busy.get("expectedDeliveries"));
            Report transfer = (Report) busy.get("transfer");
            assertThat(transfer.fields()).containsKey("mbPerSecondDuringPhase");
            long uploads = (long) transfer.get("uploads");
            long downloads = (long) transfer.get("downloads");
            assertThat(downloads).isPositive();
            if (way.equals("down")) {
                assertThat(uploads).isZero();
            } else {
                assertThat(uploads).isBetween(downloads, downloads + 1);
            }
            assertThat(results.fields()).containsKeys("worstP99Ratio", "held");
        }
        try (var left = Files.list(WORK.resolve("files-chat"))) {
            assertThat(left).isEmpty();
        }
    }

    @Test
    void connectionsReportsMemoryPerConnection() throws Exception {
        Report results = results(run("connections", "--count", "50", "--users", "2"));
        assertThat(results.get("connections")).isEqualTo(50);
        assertThat(results.fields()).containsKey("connectsPerSecond");
        assertThat(((Report) results.get("server")).fields())
                .containsKeys("heapPerConnectionKiB", "rssPerConnectionKiB", "threadsAfter");
    }

    @Test
    void historyLoadsMessagesAndReportsBothLatencies() throws Exception {
        Report results = results(run("history", "--messages", "300", "--users", "2", "--load-connections", "4",
                "--readers", "2", "--rate", "20", "--duration", "1", "--warmup", "0"));
        assertThat((long) results.get("stored")).isGreaterThanOrEqualTo(300);
        assertThat(((Report) results.get("history")).fields()).containsKeys("okPerSecond", "latency");
        assertThat(((Report) ((Report) results.get("sync")).get("latency")).fields()).containsKeys("p50Ms", "p99Ms");
    }

    @Test
    void searchWaitsForTheIndexAndReportsSearchesAndSendsWithAndWithout() throws Exception {
        Report results = results(run("search", "--messages", "300", "--users", "2", "--load-connections", "4",
                "--searchers", "2", "--senders", "2", "--rate", "10", "--send-rate", "20", "--duration", "1",
                "--warmup", "0"));
        assertThat((long) results.get("stored")).isGreaterThanOrEqualTo(300);
        assertThat(results.fields()).containsKeys("indexCaughtUpSeconds", "sendOnly", "sendWithSearches");
        assertThat(((Report) ((Report) results.get("search")).get("latency")).fields()).containsKeys("p50Ms", "p99Ms");
    }

    @Test
    void theShadedJarStartsItsOwnServerAndWritesJson() throws Exception {
        Path json = WORK.resolve("files-" + System.nanoTime() + ".json");
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", System.getProperty("messenger.bench.jar"),
                "files", "--size", "1m", "--live-heap-every", "0", "--json", json.toString(),
                "--server-jar", System.getProperty(ServerProcess.JAR_PROPERTY)));
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(WORK.resolve("jar-run.log").toFile()).start();
        assertThat(process.waitFor(5, TimeUnit.MINUTES)).isTrue();
        assertThat(process.exitValue()).as(Files.readString(WORK.resolve("jar-run.log"))).isZero();

        JsonObject report = JsonParser.parseString(Files.readString(json, StandardCharsets.UTF_8)).getAsJsonObject();
        assertThat(report.get("scenario").getAsString()).isEqualTo("files");
        assertThat(report.getAsJsonObject("machine").has("cpus")).isTrue();
        assertThat(report.getAsJsonObject("server").get("startedByBench").getAsBoolean()).isTrue();
        assertThat(report.getAsJsonObject("results").getAsJsonObject("upload").has("mbPerSecond")).isTrue();
    }

    private static Report run(String scenario, String... flags) throws Exception {
        List<String> args = new ArrayList<>(List.of(scenario));
        args.addAll(List.of(flags));
        args.addAll(List.of("--port", Integer.toString(server.port()), "--pid", Long.toString(server.pid())));
        Report report = BenchCommand.run(args.toArray(String[]::new));
        assertThat(report.fields()).containsKeys("scenario", "machine", "settings", "server", "results");
        return report;
    }

    private static Report results(Report report) {
        return (Report) report.get("results");
    }
}
