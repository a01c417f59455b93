package messenger.bench;

import java.nio.file.Path;
import java.time.Instant;
import messenger.testkit.ServerProcess;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.ExecutionException;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.ScopeType;

/**
 * {@code messenger-bench <scenario> [options]}: runs the scenario named, prints its report and, with
 * {@code --json FILE}, writes it as JSON. The options here apply to every scenario, before or after its name.
 */
@Command(name = "messenger-bench",
        synopsisSubcommandLabel = "(fanout | rooms | live | files | files-chat | connections | history | cluster"
                + " | search)",
        description = "Load generator over the client library; see docs/benchmarks.md.",
        subcommands = {FanoutScenario.class, RoomsScenario.class, LiveScenario.class, FilesScenario.class,
                FilesChatScenario.class,
                ConnectionsScenario.class, HistoryScenario.class, ClusterScenario.class,
                SearchScenario.class})
final class BenchCommand {

    @Option(names = {"-h", "--help"}, usageHelp = true, scope = ScopeType.INHERIT,
            description = "show this help and exit")
    private boolean help;

    @Option(names = "--json", paramLabel = "FILE", scope = ScopeType.INHERIT,
            description = "also write the report as JSON")
    private Path json;

    @Mixin
    private TargetOptions target;

    private BenchCommand() {
    }

    /** Scenarios are not Runnable: this command runs them, between a started target and a written report. */
    static CommandLine commandLine() {
        BenchCommand command = new BenchCommand();
        return new CommandLine(command).setExecutionStrategy(command::execute);
    }

    /** Runs the scenario the arguments name and returns its report unprinted; also used by the smoke test. */
    static Report run(String... args) throws Exception {
        CommandLine commandLine = commandLine();
        ParseResult parsed = commandLine.parseArgs(args);
        return commandLine.<BenchCommand>getCommand().run(scenario(parsed));
    }

    private int execute(ParseResult parsed) {
        Integer helpExitCode = CommandLine.executeHelpRequest(parsed);
        if (helpExitCode != null) {
            return helpExitCode;
        }
        CommandLine scenario = scenario(parsed);
        Report report;
        try {
            report = run(scenario);
        } catch (Exception e) {
            throw new ExecutionException(scenario, e.toString(), e);
        }
        ReportWriter.print(report, System.out);
        return 0;
    }

    /** The scenario named, its options checked: mistakes show before any server starts. */
    private static CommandLine scenario(ParseResult parsed) {
        if (!parsed.hasSubcommand()) {
            throw new ParameterException(parsed.commandSpec().commandLine(),
                    "name a scenario: fanout, rooms, live, files, files-chat, connections, history, cluster or search");
        }
        CommandLine scenario = parsed.subcommand().commandSpec().commandLine();
        try {
            scenario.<Scenario>getCommand().checkOptions();
        } catch (IllegalArgumentException e) {
            throw new ParameterException(scenario, e.getMessage(), e);
        }
        return scenario;
    }

    private Report run(CommandLine scenarioCommand) throws Exception {
        Scenario scenario = scenarioCommand.getCommand();
        Report report = new Report()
                .put("scenario", scenarioCommand.getCommandName())
                .put("startedAt", Instant.now().toString())
                .put("machine", MachineInfo.describe())
                .put("settings", scenario.settings());
        if (scenario.startsItsOwnServers()) {
            // the servers it starts are of the build --server-jar names, as for every other scenario
            System.setProperty(ServerProcess.JAR_PROPERTY, BenchTarget.serverJar(target.serverJar()).toString());
            report.put("results", scenario.run(null));
        } else {
            try (BenchTarget benchTarget = BenchTarget.open(target, scenario.serverSettings())) {
                report.put("server", benchTarget.describe());
                report.put("results", scenario.run(benchTarget));
            }
        }
        report.put("loadAverageAtEnd", MachineInfo.loadAverage().orElse(null));
        if (json != null) {
            ReportWriter.writeJson(report, json);
        }
        return report;
    }
}
