package messenger.bench;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * {@code java -jar messenger-bench.jar <scenario> [--flag value …] [--json FILE]}: runs one scenario, prints
 * its report and optionally writes it as JSON. See docs/benchmarks.md for the scenarios and their flags.
 */
public final class BenchMain {

    private static final Map<String, BiFunction<Flags, Accounts, Scenario>> SCENARIOS = Map.of(
            "fanout", FanoutScenario::new,
            "files", FilesScenario::new,
            "connections", ConnectionsScenario::new,
            "history", HistoryScenario::new);

    private BenchMain() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 0 || !SCENARIOS.containsKey(args[0])) {
            System.err.println("usage: java -jar messenger-bench.jar <fanout|files|connections|history> [--flag value ...]"
                    + " [--json FILE]\nsee docs/benchmarks.md for the flags");
            System.exit(2);
        }
        Report report;
        try {
            report = run(args[0], Arrays.asList(args).subList(1, args.length));
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        ReportWriter.print(report, System.out);
        // the client library's reader threads are daemons, but a stuck JMX or driver thread must not hold the exit
        System.exit(0);
    }

    /** Runs a scenario and returns its full report; also used by the smoke test. */
    static Report run(String scenarioName, List<String> args) throws Exception {
        Flags flags = Flags.parse(args);
        Path json = flags.path("json", null);
        BenchTarget.Options options = BenchTarget.Options.from(flags);
        Scenario scenario = SCENARIOS.get(scenarioName).apply(flags, new Accounts(flags));
        if (!flags.unread().isEmpty()) {
            throw new IllegalArgumentException("unknown flags for " + scenarioName + ": " + flags.unread());
        }
        Report report = new Report()
                .put("scenario", scenarioName)
                .put("startedAt", Instant.now().toString())
                .put("machine", MachineInfo.describe())
                .put("settings", scenario.settings());
        try (BenchTarget target = BenchTarget.open(options)) {
            report.put("server", target.describe());
            report.put("results", scenario.run(target));
        }
        report.put("loadAverageAtEnd", MachineInfo.loadAverage().orElse(null));
        if (json != null) {
            ReportWriter.writeJson(report, json);
        }
        return report;
    }
}
