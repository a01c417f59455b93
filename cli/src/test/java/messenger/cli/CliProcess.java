package messenger.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import messenger.protocol.client.MessengerClient;
import messenger.testkit.ClassArchive;
import messenger.testkit.ServerProcess;

/**
 * The packaged {@code messenger-cli.jar} run as a child process, the way a shell script runs it: with its own
 * config folder (through {@code MESSENGER_CONFIG_DIR}), server ({@code MESSENGER_SERVER}) and working folder.
 */
final class CliProcess {

    static final String JAR_PROPERTY = "messenger.cli.jar";
    private static final Duration RUN_TIMEOUT = Duration.ofSeconds(90);

    private final Path configDir;
    private final String server;
    private final Path workingDir;

    CliProcess(Path configDir, String server, Path workingDir) {
        this.configDir = configDir;
        this.server = server;
        this.workingDir = workingDir;
    }

    /** The CLI of {@code user} against {@code server}: config in {@code work/user/config}, run in {@code work/user}. */
    static CliProcess of(ServerProcess server, Path work, String user) throws IOException {
        return new CliProcess(Files.createDirectories(work.resolve(user).resolve("config")),
                "127.0.0.1:" + server.port(), Files.createDirectories(work.resolve(user)));
    }

    /** Registers and signs in through the library and stores the token as login would: quicker than two JVMs. */
    static CliProcess signedIn(ServerProcess server, Path work, String user, String password) throws IOException {
        CliProcess cli = of(server, work, user);
        try (MessengerClient client = server.connect()) {
            client.register(user, password);
            String token = client.login(user, password, "test").token();
            new ConfigFile(cli.configDir).save(new Config(cli.server, user, token));
        }
        return cli;
    }

    record Result(int exitCode, String out, String err) {
        List<String> outLines() {
            return out.lines().toList();
        }
    }

    /** Fails unless the command ended with exit 0 and nothing on stderr. */
    static Result assertOk(Result result) {
        assertThat(result.exitCode()).as("exit code; stderr: %s", result.err()).isZero();
        assertThat(result.err()).isEmpty();
        return result;
    }

    /** Runs one command to its end with {@code stdin} as its input. */
    Result runWithInput(String stdin, String... args) throws IOException, InterruptedException {
        Path out = Files.createTempFile(workingDir, "out", ".txt");
        Path err = Files.createTempFile(workingDir, "err", ".txt");
        int exitCode = runToEnd(stdin, out, err, args);
        Result result = new Result(exitCode, Files.readString(out), Files.readString(err));
        Files.delete(out);
        Files.delete(err);
        return result;
    }

    /** Runs one command to its end with its stdout going to {@code stdout} (e.g. /dev/full), which is not read. */
    Result runWithStdoutTo(Path stdout, String... args) throws IOException, InterruptedException {
        Path err = Files.createTempFile(workingDir, "err", ".txt");
        int exitCode = runToEnd("", stdout, err, args);
        Result result = new Result(exitCode, "", Files.readString(err));
        Files.delete(err);
        return result;
    }

    private int runToEnd(String stdin, Path out, Path err, String... args) throws IOException, InterruptedException {
        Process process = start(builder(args)
                .redirectOutput(out.toFile())
                .redirectError(err.toFile()));
        try (OutputStream in = process.getOutputStream()) {
            in.write(stdin.getBytes(StandardCharsets.UTF_8));
        }
        if (!process.waitFor(RUN_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("messenger-cli " + String.join(" ", args) + " did not end within " + RUN_TIMEOUT);
        }
        return process.exitValue();
    }

    Result run(String... args) throws IOException, InterruptedException {
        return runWithInput("", args);
    }

    /** Starts a long-running command (tail) whose stdout and stderr lines can be awaited one by one. */
    Running start(String... args) throws IOException {
        return new Running(start(builder(args)), true);
    }

    /**
     * As {@link #start}, with stdout read only when a line is awaited, as the reader of a pipe reads it: it can then
     * be closed with nothing reading, and the command's next write to it fails ({@code tail | head -1}).
     */
    Running startPiped(String... args) throws IOException {
        return new Running(start(builder(args)), false);
    }

    /**
     * Starts the command as typed at a terminal with its stdout redirected to {@code stdout} ({@code login alice >
     * log}): stdin, stderr and /dev/tty are a pseudo-terminal.
     */
    TerminalRun startAtTerminal(Path stdout, String... args) throws IOException {
        ProcessBuilder builder = builder(args);
        String command = builder.command().stream().map(CliProcess::quoted).collect(Collectors.joining(" "))
                + " > " + quoted(stdout.toString());
        return TerminalRun.start(builder, command);
    }

    private static String quoted(String word) {
        return "'" + word.replace("'", "'\\''") + "'";
    }

    /** Starts the command with the JVM options of the class-data archive the CLI runs share, in {@code target}. */
    private static Process start(ProcessBuilder builder) throws IOException {
        Path jar = jar();
        ClassArchive.Use classes = ClassArchive.of(jar, jar.getParent(), 0).use();
        builder.command().addAll(1, classes.jvmOptions());
        Process process = builder.start();
        process.onExit().thenAccept(exited -> classes.afterExit().accept(exited.exitValue()));
        return process;
    }

    private ProcessBuilder builder(String... args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        // the start-up options the README recommends for the alias: they halve the start time of a short run
        command.add("-XX:TieredStopAtLevel=1");
        command.add("-XX:+UseSerialGC");
        command.add("-jar");
        command.add(jar().toString());
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(workingDir.toFile());
        Map<String, String> environment = builder.environment();
        environment.keySet().removeIf(name -> name.startsWith("MESSENGER_") || name.equals("XDG_CONFIG_HOME"));
        environment.put(ConfigDirectory.VARIABLE, configDir.toString());
        environment.put(MessengerCli.SERVER_VARIABLE, server);
        return builder;
    }

    private static Path jar() {
        Path jar = Path.of(System.getProperty(JAR_PROPERTY, "target/messenger-cli.jar")).toAbsolutePath();
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("no messenger-cli jar at " + jar
                    + "; build it with ./mvnw -pl cli package");
        }
        return jar;
    }

    /** A command that keeps running; its stderr, and unless piped its stdout, collected line by line on threads. */
    static final class Running implements AutoCloseable {

        private final Process process;
        private final BlockingQueue<String> out = new LinkedBlockingQueue<>();
        private final BlockingQueue<String> err = new LinkedBlockingQueue<>();
        /** Stdout when it is not collected, read on {@link #nextLine}. */
        private final BufferedReader piped;

        private Running(Process process, boolean collectStdout) {
            this.process = process;
            if (collectStdout) {
                collect(process, process.getInputStream(), out);
                piped = null;
            } else {
                piped = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
            }
            collect(process, process.getErrorStream(), err);
        }

        /** Ends stdin, which must not end the command. */
        void closeStdin() throws IOException {
            process.getOutputStream().close();
        }

        String nextLine(Duration timeout) throws InterruptedException {
            return piped == null ? awaitLine(out, timeout, "stdout") : readPiped(timeout);
        }

        /** Closes the reading end of a piped stdout, as {@code head} does once it has its lines. */
        void closeStdout() throws IOException {
            piped.close();
        }

        String nextErrorLine(Duration timeout) throws InterruptedException {
            return awaitLine(err, timeout, "stderr");
        }

        boolean isAlive() {
            return process.isAlive();
        }

        /** Waits for the command to end by itself; returns the exit code. */
        int awaitExit(Duration timeout) throws InterruptedException {
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new AssertionError("messenger-cli did not end within " + timeout + "; stderr: " + err);
            }
            return process.exitValue();
        }

        /** SIGTERM, as a service manager or {@code kill} sends it; returns the exit code. */
        int terminate() throws InterruptedException {
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                throw new AssertionError("messenger-cli did not end within 30 s of SIGTERM");
            }
            return process.exitValue();
        }

        @Override
        public void close() {
            process.destroyForcibly();
        }

        private String awaitLine(BlockingQueue<String> lines, Duration timeout, String stream)
                throws InterruptedException {
            String line = lines.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
            if (line == null) {
                throw new AssertionError("no line on " + stream + " within " + timeout + "; stderr so far: " + err);
            }
            return line;
        }

        private String readPiped(Duration timeout) throws InterruptedException {
            CompletableFuture<String> line = CompletableFuture.supplyAsync(() -> {
                try {
                    return piped.readLine();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            try {
                String read = line.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
                if (read == null) {
                    throw new AssertionError("stdout ended; stderr so far: " + err);
                }
                return read;
            } catch (ExecutionException | TimeoutException e) {
                throw new AssertionError("no line on stdout within " + timeout + "; stderr so far: " + err, e);
            }
        }

        private static void collect(Process process, InputStream stream, BlockingQueue<String> lines) {
            Thread thread = new Thread(() -> {
                try (BufferedReader reader = new BufferedReader(
                        new InputStreamReader(stream, StandardCharsets.UTF_8))) {
                    String line;
                    while ((line = reader.readLine()) != null) {
                        lines.add(line);
                    }
                } catch (IOException e) {
                    // closing a process that has ended closes its pipes under the reader: nothing is lost then
                    if (process.isAlive()) {
                        throw new UncheckedIOException(e);
                    }
                }
            }, "cli-output");
            thread.setDaemon(true);
            thread.start();
        }
    }
}
