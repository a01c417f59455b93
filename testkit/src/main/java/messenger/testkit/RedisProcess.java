package messenger.testkit;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * A {@code redis-server} of its own (Debian's package) on a free port, keeping nothing on disk, for tests of a
 * cluster: it can be killed, started again on the same port, frozen and thawed. Never a Redis already running.
 */
public final class RedisProcess implements AutoCloseable {

    private static final Duration START_WAIT = Duration.ofSeconds(20);

    private final int port;
    private final Path log;
    private Process process;

    private RedisProcess(int port, Path log) {
        this.port = port;
        this.log = log;
    }

    public static RedisProcess start(Path folder) throws IOException {
        Files.createDirectories(folder);
        RedisProcess redis = new RedisProcess(ServerProcess.freePort(), folder.resolve("redis.log"));
        redis.restart();
        return redis;
    }

    public int port() {
        return port;
    }

    public String url() {
        return "redis://127.0.0.1:" + port;
    }

    /** Starts it again on its port (after {@link #kill}), and waits until it answers. */
    public void restart() throws IOException {
        process = new ProcessBuilder(List.of("redis-server", "--port", String.valueOf(port), "--bind", "127.0.0.1",
                "--save", "", "--appendonly", "no"))
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .start();
        Instant deadline = Instant.now().plus(START_WAIT);
        while (!answers()) {
            if (!process.isAlive() || Instant.now().isAfter(deadline)) {
                throw new IOException("redis-server did not start on port " + port + ", see " + log);
            }
            sleep(100);
        }
    }

    /** SIGKILL. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    /** SIGSTOP: connections stay open and nothing answers. */
    public void freeze() throws IOException, InterruptedException {
        signal("STOP");
    }

    /** SIGCONT. */
    public void thaw() throws IOException, InterruptedException {
        signal("CONT");
    }

    private void signal(String name) throws IOException, InterruptedException {
        new ProcessBuilder("kill", "-" + name, String.valueOf(process.pid())).inheritIO().start().waitFor();
    }

    /** Runs one command given inline (words without spaces, as {@code SCARD some:key}) that answers a number. */
    public long number(String command) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(5_000);
            OutputStream out = socket.getOutputStream();
            out.write((command + "\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            StringBuilder line = new StringBuilder();
            InputStream in = socket.getInputStream();
            for (int b = in.read(); b != -1 && b != '\n'; b = in.read()) {
                line.append((char) b);
            }
            String reply = line.toString().trim();
            if (!reply.startsWith(":")) {
                throw new IOException(command + " answered " + reply);
            }
            return Long.parseLong(reply.substring(1));
        }
    }

    private boolean answers() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
            socket.setSoTimeout(500);
            OutputStream out = socket.getOutputStream();
            out.write("PING\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            byte[] reply = in.readNBytes(5);
            return "+PONG".equals(new String(reply, StandardCharsets.US_ASCII));
        } catch (IOException e) {
            return false;
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
    public void close() throws InterruptedException, IOException {
        thaw();
        kill();
    }
}
