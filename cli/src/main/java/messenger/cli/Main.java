package messenger.cli;

/** Entry point of {@code messenger-cli}: runs one command and exits with its exit code ({@link ExitCodes}). */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        Environment environment = Environment.system();
        int exitCode = run(environment, args);
        environment.err().flush();
        System.exit(exitCode);
    }

    /** Runs one command: one that did its work but could not write what it printed has failed after all. */
    static int run(Environment environment, String... args) {
        int exitCode = MessengerCli.commandLine(environment).execute(args);
        CliException unwritten = environment.out().failure();
        if (exitCode == ExitCodes.OK && unwritten != null) {
            environment.err().println(ErrorReporter.PREFIX + Failure.of(unwritten).oneLine());
            return unwritten.exitCode();
        }
        return exitCode;
    }
}
