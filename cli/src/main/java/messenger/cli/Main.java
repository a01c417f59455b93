package messenger.cli;

/** Entry point of {@code messenger-cli}: runs one command and exits with its exit code ({@link ExitCodes}). */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        Environment environment = Environment.system();
        int exitCode = MessengerCli.commandLine(environment).execute(args);
        environment.out().flush();
        environment.err().flush();
        System.exit(exitCode);
    }
}
