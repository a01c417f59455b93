package messenger.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/** Turns every failure into one plain line on stderr and the matching exit code; stack traces only with --debug. */
final class ErrorReporter implements IParameterExceptionHandler, IExecutionExceptionHandler {

    static final String PREFIX = "messenger-cli: ";

    private final MessengerCli cli;

    ErrorReporter(MessengerCli cli) {
        this.cli = cli;
    }

    @Override
    public int handleParseException(ParameterException e, String[] args) {
        CommandLine command = e.getCommandLine();
        String help = command.getCommandSpec().qualifiedName() + " --help";
        report(command.getErr(), new Failure(ExitCodes.USAGE, e.getMessage() + " (see '" + help + "')"), e);
        return ExitCodes.USAGE;
    }

    @Override
    public int handleExecutionException(Exception e, CommandLine command, ParseResult parsed) {
        Failure failure = Failure.of(e);
        report(command.getErr(), failure, e);
        return failure.exitCode();
    }

    /** As {@link #handleExecutionException}, for an Error, which picocli hands to no handler. */
    int handleError(Error e, CommandLine command) {
        Failure failure = Failure.of(e);
        report(command.getErr(), failure, e);
        return failure.exitCode();
    }

    private void report(PrintWriter err, Failure failure, Throwable e) {
        err.println(PREFIX + failure.oneLine());
        if (cli.debug()) {
            e.printStackTrace(err);
        }
        err.flush();
    }
}
