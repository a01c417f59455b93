package messenger.testkit;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * An {@code haproxy} of its own (Debian's package) running a deployment's configuration file, changed only where a
 * test must: the front end binds a free port on the loopback, the {@code server} lines of its one back end name the
 * test's servers (their client port, and their management port for the health check), and a stats socket is added
 * so the test can see what HAProxy thinks of each server.
 */
public final class HaproxyProcess implements AutoCloseable {

    private static final Duration START_WAIT = Duration.ofSeconds(20);

    /** A server of the back end: its client port and the management port its health is checked on. */
    public record Backend(String name, int port, int managementPort) {
    }

    private final int port;
    private final Path statsSocket;
    private final Process process;

    private HaproxyProcess(int port, Path statsSocket, Process process) {
        this.port = port;
        this.statsSocket = statsSocket;
        this.process = process;
    }

    /** Checks the rewritten configuration with {@code haproxy -c}, starts it and waits until its port accepts. */
    public static HaproxyProcess start(Path folder, Path deployedConfig, List<Backend> backends) throws IOException {
        Files.createDirectories(folder);
        int port = ServerProcess.freePort();
        Path statsSocket = folder.toAbsolutePath().resolve("stats.sock");
        Path config = folder.resolve("haproxy.cfg");
        Files.writeString(config, rewrite(Files.readString(deployedConfig), port, statsSocket, backends));
        Path log = folder.resolve("haproxy.log");
        String executable = executable();
        run(List.of(executable, "-c", "-q", "-f", config.toString()), log, "haproxy refused its configuration");
        Process process = new ProcessBuilder(List.of(executable, "-db", "-f", config.toString()))
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .start();
        HaproxyProcess haproxy = new HaproxyProcess(port, statsSocket, process);
        Instant deadline = Instant.now().plus(START_WAIT);
        while (!haproxy.accepts()) {
            if (!process.isAlive() || Instant.now().isAfter(deadline)) {
                haproxy.close();
                throw new IOException("haproxy did not start on port " + port + ", see " + log);
            }
            sleep(100);
        }
        return haproxy;
    }

    /** Debian puts it in {@code /usr/sbin}, which is not on every user's path. */
    private static String executable() {
        Path debian = Path.of("/usr/sbin/haproxy");
        return Files.isExecutable(debian) ? debian.toString() : "haproxy";
    }

    /**
     * The deployed file with its {@code bind} and {@code server} lines replaced: every other line (timeouts, balance,
     * health check, PROXY protocol, what happens to a server's sessions when it goes down) is the deployment's own.
     */
    static String rewrite(String deployed, int port, Path statsSocket, List<Backend> backends) {
        StringBuilder out = new StringBuilder();
        boolean serversWritten = false;
        for (String line : deployed.split("\n", -1)) {
            String trimmed = line.strip();
            if (trimmed.startsWith("bind ")) {
                out.append("    bind 127.0.0.1:").append(port).append('\n');
            } else if (trimmed.startsWith("server ")) {
                if (!serversWritten) {
                    for (Backend backend : backends) {
                        out.append("    server ").append(backend.name()).append(" 127.0.0.1:").append(backend.port())
                                .append(" port ").append(backend.managementPort()).append('\n');
                    }
                    serversWritten = true;
                }
            } else {
                out.append(line).append('\n');
                if (trimmed.equals("global")) {
                    out.append("    stats socket ").append(statsSocket).append(" level user\n");
                }
            }
        }
        if (!serversWritten) {
            throw new IllegalArgumentException("the configuration has no server lines to replace");
        }
        return out.toString();
    }

    public int port() {
        return port;
    }

    /** Each server's status as HAProxy's health checks see it ({@code UP}, {@code DOWN}, {@code UP 1/2}, …). */
    public Map<String, String> serverStatuses() throws IOException {
        return perServer("status");
    }

    /** Each server's sessions open now, as HAProxy counts them. */
    public Map<String, Integer> currentSessions() throws IOException {
        Map<String, Integer> sessions = new LinkedHashMap<>();
        perServer("scur").forEach((name, count) -> sessions.put(name, Integer.parseInt(count)));
        return sessions;
    }

    /** One column of {@code show stat} for each server, leaving out the front and back end's own rows. */
    private Map<String, String> perServer(String column) throws IOException {
        Map<String, String> values = new LinkedHashMap<>();
        for (Map<String, String> row : stats()) {
            String name = row.get("svname");
            if (!name.equals("FRONTEND") && !name.equals("BACKEND")) {
                values.put(name, row.get(column));
            }
        }
        return values;
    }

    /** The rows of {@code show stat}, each a map from column name to value. */
    private List<Map<String, String>> stats() throws IOException {
        String[] lines = ask("show stat").split("\n");
        String[] columns = lines[0].replaceFirst("^# ", "").split(",", -1);
        List<Map<String, String>> rows = new ArrayList<>();
        for (int i = 1; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            String[] values = lines[i].split(",", -1);
            Map<String, String> row = new LinkedHashMap<>();
            for (int c = 0; c < columns.length && c < values.length; c++) {
                row.put(columns[c], values[c]);
            }
            rows.add(row);
        }
        return rows;
    }

    private String ask(String command) throws IOException {
        try (SocketChannel channel = SocketChannel.open(StandardProtocolFamily.UNIX)) {
            channel.connect(UnixDomainSocketAddress.of(statsSocket));
            channel.write(ByteBuffer.wrap((command + "\n").getBytes(StandardCharsets.US_ASCII)));
            ByteBuffer buffer = ByteBuffer.allocate(64 * 1024);
            StringBuilder answer = new StringBuilder();
            while (channel.read(buffer) >= 0) {
                buffer.flip();
                answer.append(StandardCharsets.US_ASCII.decode(buffer));
                buffer.clear();
            }
            return answer.toString();
        }
    }

    private boolean accepts() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
            return Files.exists(statsSocket);
        } catch (IOException e) {
            return false;
        }
    }

    private static void run(List<String> command, Path log, String failure) throws IOException {
        Process check;
        try {
            check = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .start();
        } catch (IOException e) {
            throw new IOException("cannot run haproxy: install Debian's haproxy package (.ci/run does)", e);
        }
        try {
            if (!check.waitFor(30, TimeUnit.SECONDS) || check.exitValue() != 0) {
                check.destroyForcibly();
                throw new IOException(failure + ", see " + log);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted: " + String.join(" ", command), e);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        process.destroyForcibly();
        try {
            process.waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
