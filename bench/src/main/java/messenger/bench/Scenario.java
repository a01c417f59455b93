package messenger.bench;

/**
 * One benchmark. It reads its settings from the flags when it is created (so mistakes show before any server
 * starts) and runs against a target.
 */
interface Scenario {

    /** The settings in effect, defaults included. */
    Report settings();

    Report run(BenchTarget target) throws Exception;
}
