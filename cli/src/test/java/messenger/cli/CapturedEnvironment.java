package messenger.cli;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** An {@link Environment} for tests: chosen variables and stdin, no console, stdout and stderr captured. */
final class CapturedEnvironment {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private final Environment environment;
    private int exitCode = -1;

    CapturedEnvironment(Map<String, String> variables, String stdin) {
        environment = new Environment(variables, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new Output(out, false), new PrintWriter(err, true), null, false);
    }

    Environment environment() {
        return environment;
    }

    int run(String... args) {
        exitCode = MessengerCli.commandLine(environment).execute(args);
        return exitCode;
    }

    int exitCode() {
        return exitCode;
    }

    String out() {
        return out.toString();
    }

    String err() {
        return err.toString();
    }
}
