package messenger.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import messenger.protocol.client.MessengerClient;
import messenger.testkit.RedisProcess;
import messenger.testkit.ServerProcess;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The cost of a cluster: the same fan-out on one server alone, then on 2, 3 … servers on one database rung through
 * Redis, in one run. Senders connect to the first server, subscribers are spread over the others, so every
 * delivery crosses servers. Reports stored messages/s, deliveries/s, send→delivery latency and the servers' CPU
 * per delivery for each count of servers. Starts its own {@code redis-server} and servers, on a database server
 * given by {@code --database}.
 */
@Command(name = "cluster", description = "fan-out on one server, then across N servers on one database rung through"
        + " Redis (senders on the first server, subscribers on the others), in one run")
final class ClusterScenario implements Scenario {

    private static final String PASSWORD = "bench-password";

    @Option(names = "--database", paramLabel = "JDBC_URL", required = true,
            description = "a MySQL or MariaDB server for the servers to share, as jdbc:mysql://host:port; each count of"
                    + " servers gets a database of its own there, created on first use")
    private String database;

    @Option(names = "--database-user", paramLabel = "USER", defaultValue = "root",
            description = "(default: ${DEFAULT-VALUE})")
    private String databaseUser;

    @Option(names = "--database-password", paramLabel = "PASSWORD", defaultValue = "",
            description = "(default: empty)")
    private String databasePassword;

    @Option(names = "--servers", paramLabel = "N,N…", split = ",", defaultValue = "1,2,3",
            description = "counts of servers to measure; 1 is a server alone, without Redis (default: ${DEFAULT-VALUE})")
    private List<Integer> serverCounts;

    @Option(names = "--subscribers", paramLabel = "S", defaultValue = "60",
            description = "subscribed connections (default: ${DEFAULT-VALUE})")
    private int subscribers;

    @Option(names = "--users", paramLabel = "U", defaultValue = "20", description = "users (default: ${DEFAULT-VALUE})")
    private int users;

    @Option(names = "--senders", paramLabel = "P", defaultValue = "4",
            description = "sending connections (default: ${DEFAULT-VALUE})")
    private int senders;

    @Option(names = "--rate", paramLabel = "R", defaultValue = "200",
            description = "messages/s in total (default: ${DEFAULT-VALUE})")
    private double rate;

    @Option(names = "--duration", paramLabel = "D", defaultValue = "20",
            description = "seconds measured (default: ${DEFAULT-VALUE})")
    private double seconds;

    @Option(names = "--warmup", paramLabel = "SECONDS", defaultValue = "60",
            description = "seconds at R before measuring, for each count of servers: their JVMs are fresh, and"
                    + " after 5 s their compiling had more than doubled the p99 added across servers"
                    + " (default: ${DEFAULT-VALUE})")
    private double warmupSeconds;

    @Override
    public void checkOptions() {
        if (serverCounts.isEmpty() || serverCounts.stream().anyMatch(n -> n < 1) || subscribers < 1 || users < 1
                || senders < 1 || rate <= 0 || seconds <= 0) {
            throw new IllegalArgumentException("cluster needs server counts ≥ 1 and subscribers, users, senders, rate"
                    + " and duration > 0");
        }
    }

    @Override
    public boolean startsItsOwnServers() {
        return true;
    }

    @Override
    public Report settings() {
        return new Report().put("database", database).put("servers", serverCounts.toString()).put("subscribers", subscribers)
                .put("users", users).put("senders", senders).put("ratePerSecond", rate)
                .put("durationSeconds", seconds).put("warmupSeconds", warmupSeconds);
    }

    @Override
    public Report run(BenchTarget ignored) throws Exception {
        Path root = Files.createTempDirectory("messenger-bench-cluster-");
        List<Report> runs = new ArrayList<>();
        try (RedisProcess redis = RedisProcess.start(root.resolve("redis"))) {
            for (int count : serverCounts) {
                runs.add(measure(root.resolve("servers-" + count), count, redis));
            }
        }
        return new Report().put("runs", runs);
    }

    private final String runId = Long.toString(System.currentTimeMillis(), 36);

    private Report measure(Path folder, int count, RedisProcess redis) throws Exception {
        Map<String, String> settings = new HashMap<>(BenchTarget.UNTHROTTLED);
        settings.put("quarkus.datasource.jdbc.url", database + "/cluster_bench_" + runId + "_" + count
                + "?createDatabaseIfNotExist=true");
        settings.put("quarkus.datasource.username", databaseUser);
        settings.put("quarkus.datasource.password", databasePassword);
        if (count > 1) {
            settings.put("messenger.cluster.redis", redis.url());
        }
        List<ServerProcess> servers = new ArrayList<>();
        List<MessengerClient> clients = new ArrayList<>();
        try {
            for (int i = 0; i < count; i++) {
                servers.add(ServerProcess.startWithEmbeddedDatabase(folder.resolve("server-" + i), settings));
            }
            List<String> tokens = signIn(servers.get(0));
            FanoutSubscribers listener = new FanoutSubscribers();
            for (int i = 0; i < subscribers; i++) {
                ServerProcess at = servers.get(count == 1 ? 0 : 1 + i % (count - 1));
                MessengerClient client = at.connect();
                client.setPushListener(listener);
                client.resume(tokens.get(i % tokens.size()));
                client.subscribe();
                clients.add(client);
            }
            List<MessengerClient> sending = new ArrayList<>();
            for (int i = 0; i < senders; i++) {
                MessengerClient client = servers.get(0).connect();
                client.resume(tokens.get(i % tokens.size()));
                sending.add(client);
                clients.add(client);
            }
            String run = Long.toString(ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE, 36);
            String text = "x".repeat(100);
            listener.measure(new FanoutPhase(run + "w", subscribers)).run(sending, rate, warmupSeconds, text);
            FanoutPhase measured = listener.measure(new FanoutPhase(run + "m", subscribers));
            double cpuBefore = cpuSeconds(servers);
            FanoutResult result = measured.run(sending, rate, seconds, text);
            double cpu = cpuSeconds(servers) - cpuBefore;
            System.err.printf("cluster: %d server(s): %.0f stored/s, %.0f deliveries/s, p99 %.1f ms%n", count,
                    result.storedPerSecond(), result.deliveriesPerSecond(), result.sendToDelivery().p99Millis());
            return result.toReport().put("servers", count).put("subscribersLost", listener.lost()).put("serversCpuSeconds", cpu)
                    .put("serverCpuMicrosPerDelivery", result.deliveries() == 0 ? null : cpu * 1e6 / result.deliveries());
        } finally {
            clients.forEach(MessengerClient::close);
            for (ServerProcess server : servers) {
                server.close();
            }
        }
    }

    private List<String> signIn(ServerProcess server) {
        List<String> tokens = new ArrayList<>();
        try (MessengerClient client = server.connect()) {
            for (int i = 0; i < users; i++) {
                String login = "cluster-bench-" + i;
                client.register(login, PASSWORD);
                tokens.add(client.login(login, PASSWORD, "bench").token());
            }
        }
        return tokens;
    }

    /** The CPU seconds the servers and their child processes have used. */
    private static double cpuSeconds(List<ServerProcess> servers) {
        double total = 0;
        for (ServerProcess server : servers) {
            total += CpuMeter.processSeconds(server.pid());
            total += ProcessHandle.of(server.pid()).stream().flatMap(ProcessHandle::descendants)
                    .mapToDouble(child -> CpuMeter.processSeconds(child.pid())).sum();
        }
        return total;
    }
}
