package messenger.bench;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * Where the server under test is, or how to start one: options of every scenario (inherited from
 * {@link BenchCommand}), read by {@link BenchTarget}.
 */
final class TargetOptions {

    @Option(names = "--host", paramLabel = "HOST", defaultValue = "127.0.0.1", scope = ScopeType.INHERIT,
            description = "with --port: the host of the running server (default: ${DEFAULT-VALUE})")
    private String host;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "0", scope = ScopeType.INHERIT,
            description = "use the server running on this port instead of starting one")
    private int port;

    @Option(names = "--pid", paramLabel = "PID", defaultValue = "-1", scope = ScopeType.INHERIT,
            description = "with --port: the server's pid, for heap/RSS figures (same machine, same user)")
    private long pid;

    @Option(names = "--data-dir", paramLabel = "DIR", scope = ScopeType.INHERIT,
            description = "data directory of the started server, kept (default: a fresh temporary one)")
    private Path dataDir;

    @Option(names = "--keep-data", scope = ScopeType.INHERIT, description = "keep the temporary data directory")
    private boolean keepData;

    @Option(names = "--server-opt", paramLabel = "KEY=VALUE", scope = ScopeType.INHERIT,
            description = "repeatable; becomes -DKEY=VALUE of the started server")
    private Map<String, String> settings = new LinkedHashMap<>();

    @Option(names = "--server-jar", paramLabel = "FILE", scope = ScopeType.INHERIT,
            description = "the server to start (default: server/target/quarkus-app/quarkus-run.jar)")
    private Path serverJar;

    @Option(names = "--server-jfr", paramLabel = "FILE", scope = ScopeType.INHERIT,
            description = "record a JFR profile in the server during the measured part only")
    private Path jfrFile;

    /** A running server is given: none is started. */
    boolean external() {
        return port > 0;
    }

    String host() {
        return host;
    }

    int port() {
        return port;
    }

    long pid() {
        return pid;
    }

    Path dataDir() {
        return dataDir;
    }

    boolean keepData() {
        return keepData;
    }

    Map<String, String> settings() {
        return settings;
    }

    Path serverJar() {
        return serverJar;
    }

    Path jfrFile() {
        return jfrFile;
    }
}
