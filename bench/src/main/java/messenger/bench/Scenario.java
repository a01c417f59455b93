package messenger.bench;

/**
 * One benchmark: a subcommand of {@link BenchCommand} whose options picocli fills in. Its options are checked
 * before any server starts, then it runs against a target.
 */
interface Scenario {

    /** Throws {@link IllegalArgumentException} saying which options are out of range. */
    void checkOptions();

    /** The settings in effect, defaults included. */
    Report settings();

    Report run(BenchTarget target) throws Exception;
}
