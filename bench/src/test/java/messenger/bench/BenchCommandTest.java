package messenger.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.ParseResult;

/** The command line as docs/benchmarks.md writes it; nothing here starts a server. */
class BenchCommandTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @Test
    void aScenarioNamedAloneRunsWithTheDocumentedDefaults() {
        assertThat(settings("fanout").fields()).containsOnly(entry("subscribers", 50), entry("users", 10),
                entry("senders", 10), entry("ratePerSecond", 1000.0), entry("durationSeconds", 30.0),
                entry("warmupSeconds", 5.0), entry("textChars", 100), entry("findMax", false));
        assertThat(settings("history").fields()).contains(entry("messages", 1_000_000L), entry("loadConnections", 64),
                entry("loadWindow", 16), entry("readers", 4), entry("ratePerSecond", 200.0),
                entry("historyLimit", 50), entry("syncLimit", 100));
        assertThat(settings("connections").fields()).containsOnly(entry("count", 10_000), entry("users", 10),
                entry("connectors", 4));
        assertThat(settings("files").get("sizeBytes")).isEqualTo(1L << 30);
        assertThat(settings("rooms").fields()).containsOnly(entry("users", 1000), entry("rooms", 200),
                entry("roomSize", 10), entry("bigRooms", 5), entry("bigRoomSize", 200), entry("ratePerSecond", 1000.0),
                entry("durationSeconds", 30.0), entry("warmupSeconds", 5.0), entry("textChars", 100));
        assertThat(settings("live").fields()).contains(entry("subscribers", 200), entry("users", 100),
                entry("ratePerSecond", 500.0), entry("rounds", 2), entry("typingShare", 0.1), entry("typists", 20),
                entry("typingEverySeconds", 3.0), entry("churnPerSecond", 10.0), entry("churnLifeSeconds", 2.0),
                entry("churnUsers", 40));
        assertThat(settings("files-chat").fields()).containsOnly(entry("subscribers", 50), entry("users", 10),
                entry("senders", 5), entry("ratePerSecond", 200.0), entry("durationSeconds", 20.0),
                entry("warmupSeconds", 10.0), entry("rounds", 2), entry("textChars", 100),
                entry("sizeBytes", 1L << 30), entry("sizeMiB", 1024.0), entry("transfers", "both"),
                entry("maxRatio", 2.0));
    }


    @Test
    void searchRunsWithTheDocumentedDefaults() {
        assertThat(settings("search").fields()).contains(entry("messages", 1_000_000L), entry("ratePerSecond", 50.0),
                entry("sendRatePerSecond", 200.0), entry("searchers", 4), entry("senders", 4), entry("limit", 20),
                entry("durationSeconds", 30.0), entry("warmupSeconds", 10.0));
    }
    @Test
    void roomsLiveAndFilesChatAskAStartedServerForCheapPasswordsAndTheOthersForNothing() {
        assertThat(scenario("rooms").serverSettings()).containsOnly(entry("messenger.password-hash-cost", "4"));
        assertThat(scenario("live").serverSettings()).isEqualTo(scenario("rooms").serverSettings());
        assertThat(scenario("files-chat").serverSettings()).isEqualTo(scenario("rooms").serverSettings());
        assertThat(scenario("fanout").serverSettings()).isEmpty();
    }

    @Test
    void findMaxStartsLowerAndStepsShorter() {
        assertThat(settings("fanout", "--find-max").fields()).contains(entry("startRatePerSecond", 100.0),
                entry("durationSeconds", 10.0), entry("growth", 1.25), entry("maxP99Ms", 50.0));
        assertThat(settings("fanout", "--find-max", "--rate", "3000").get("startRatePerSecond")).isEqualTo(3000.0);
    }

    @Test
    void sizesTakeBinarySuffixes() {
        assertThat(settings("files", "--size", "2m").get("sizeBytes")).isEqualTo(2L << 20);
        assertThat(settings("files", "--size=64k").get("sizeBytes")).isEqualTo(64L << 10);
    }

    @Test
    void theOptionsOfEveryScenarioGoAfterItsName() {
        CommandLine commandLine = BenchCommand.commandLine();
        commandLine.parseArgs("files", "--port", "7000", "--pid", "42", "--json", "files.json",
                "--server-opt", "messenger.worker-threads=128", "--server-opt", "a.b=c=d");

        TargetOptions target = targetOptions(commandLine);
        assertThat(target.external()).isTrue();
        assertThat(target.port()).isEqualTo(7000);
        assertThat(target.pid()).isEqualTo(42);
        assertThat(target.host()).isEqualTo("127.0.0.1");
        assertThat(target.settings()).containsExactly(entry("messenger.worker-threads", "128"), entry("a.b", "c=d"));
    }

    @Test
    void withoutOptionsTheBenchStartsItsOwnServer() {
        CommandLine commandLine = BenchCommand.commandLine();
        commandLine.parseArgs("connections");

        TargetOptions target = targetOptions(commandLine);
        assertThat(target.external()).isFalse();
        assertThat(target.pid()).isEqualTo(-1);
        assertThat(target.settings()).isEmpty();
        assertThat(target.dataDir()).isNull();
        assertThat(target.keepData()).isFalse();
    }

    @Test
    void theCommandsOfTheDocsParse() {
        String[][] commands = {
            {"fanout", "--rate", "5000", "--duration", "30", "--warmup", "60", "--json", "fanout.json"},
            {"fanout", "--find-max", "--rate", "3000", "--warmup", "60", "--json", "fanout.json"},
            {"fanout", "--senders", "50", "--rate", "150"},
            {"files", "--dir", "/work/scratch/files", "--json", "files-1GiB.json"},
            {"files", "--size", "512m", "--server-jar", "server.jar", "--json", "files.json"},
            {"files", "--server-jfr", "files.jfr", "--json", "files.json"},
            {"files", "--size", "256m", "--server-opt",
                "quarkus.datasource.jdbc.additional-jdbc-properties.useServerPrepStmts=true"},
            {"rooms", "--rate", "2000", "--duration", "30", "--warmup", "30", "--json", "rooms.json"},
            {"rooms", "--users", "12", "--rooms", "4", "--room-size", "3", "--big-rooms", "1", "--big-room-size", "12"},
            {"live", "--json", "live.json"},
            {"live", "--typing-share", "0", "--churn-rate", "0", "--rounds", "1"},
            {"files-chat", "--dir", "/work/scratch/fc", "--rounds", "3", "--json", "files-chat.json"},
            {"files-chat", "--rate", "50", "--transfers", "down", "--rounds", "3"},
            {"files-chat", "--rounds", "3", "--rate", "50", "--json", "files-chat.json"},
            {"connections", "--json", "connections-10000.json"},
            {"history", "--data-dir", "/tmp/bd-hist1m", "--rate", "0.25", "--duration", "40", "--warmup", "0"},
            {"history", "--messages", "100000", "--data-dir", "bench/target/data-100k", "--keep-data"},
        };
        for (String[] command : commands) {
            assertThat(scenario(command).settings().fields()).as(String.join(" ", command)).isNotEmpty();
        }
    }

    @Test
    void mistakesAreUsageErrorsBeforeAnyServerStarts() {
        assertThat(execute()).isEqualTo(CommandLine.ExitCode.USAGE);
        assertThat(err.toString()).startsWith("name a scenario");

        assertThat(execute("fanout", "--subscribers", "0")).isEqualTo(CommandLine.ExitCode.USAGE);
        assertThat(err.toString()).contains("fanout needs subscribers");

        assertThat(execute("rooms", "--users", "100")).isEqualTo(CommandLine.ExitCode.USAGE);
        assertThat(err.toString()).contains("as many users as the largest room has members");

        assertThat(execute("live", "--typing-share", "1.5")).isEqualTo(CommandLine.ExitCode.USAGE);
        assertThat(err.toString()).contains("--typing-share from 0 to 1");

        assertThat(execute("files", "--size", "lots")).isEqualTo(CommandLine.ExitCode.USAGE);
        assertThat(execute("files-chat", "--transfers", "sideways")).isEqualTo(CommandLine.ExitCode.USAGE);
        assertThat(err.toString()).contains("--transfers is up, down or both, not sideways");
        assertThat(execute("history", "--histroy-limit", "5")).isEqualTo(CommandLine.ExitCode.USAGE);
        assertThat(err.toString()).contains("'--histroy-limit'", "Possible solutions: --history-limit");
    }

    @Test
    void helpListsTheScenarioAndTheSharedOptions() {
        assertThat(execute("history", "--help")).isZero();
        assertThat(out.toString()).contains("--history-limit", "--server-opt", "--json", "(default: 1000000)");
        assertThat(err.toString()).isEmpty();
    }

    private static TargetOptions targetOptions(CommandLine commandLine) {
        return (TargetOptions) commandLine.getCommandSpec().mixins().get("target").userObject();
    }

    private static Report settings(String... args) {
        return scenario(args).settings();
    }

    private static Scenario scenario(String... args) {
        ParseResult parsed = BenchCommand.commandLine().parseArgs(args);
        Scenario scenario = parsed.subcommand().commandSpec().commandLine().getCommand();
        scenario.checkOptions();
        return scenario;
    }

    private int execute(String... args) {
        return BenchCommand.commandLine().setOut(new PrintWriter(out, true)).setErr(new PrintWriter(err, true))
                .execute(args);
    }
}
