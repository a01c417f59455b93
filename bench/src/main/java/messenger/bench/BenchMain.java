package messenger.bench;

/** Entry point of {@code messenger-bench.jar}: see {@link BenchCommand} and docs/benchmarks.md. */
public final class BenchMain {

    private BenchMain() {
    }

    public static void main(String[] args) {
        int exitCode = BenchCommand.commandLine().execute(args);
        // the client library's reader threads are daemons, but a stuck JMX or driver thread must not hold the exit
        System.exit(exitCode);
    }
}
