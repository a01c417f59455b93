package messenger.protocol.fuzz;

import java.time.Duration;
import java.util.Random;
import java.util.function.Function;

/**
 * A seeded random fuzzer for plain JUnit tests. It checks a property on generated inputs until a case count or
 * a time budget runs out, whichever comes first. Every run draws a new seed unless {@code -Dfuzz.seed=<seed>}
 * is given; a failure names the seed (which replays the same inputs) and the failing input, ready to be added
 * to the corpus. Errors count as failures too: an {@code OutOfMemoryError} or a too slow case fails the run.
 * {@code -Dfuzz.scale=<n>} multiplies case counts and time budgets, for a longer campaign than a build allows.
 */
public final class Fuzzer {

    public static final String SEED_PROPERTY = "fuzz.seed";
    public static final String SCALE_PROPERTY = "fuzz.scale";

    /** A check on one input; it passes by returning. */
    @FunctionalInterface
    public interface Property<T> {
        void check(T input) throws Exception;
    }

    private final String name;
    private final int maxCases;
    private final Duration budget;
    private final Duration maxCaseDuration;
    private final long seed;

    public Fuzzer(String name, int maxCases, Duration budget, Duration maxCaseDuration) {
        int scale = Integer.getInteger(SCALE_PROPERTY, 1);
        this.name = name;
        this.maxCases = maxCases * scale;
        this.budget = budget.multipliedBy(scale);
        this.maxCaseDuration = maxCaseDuration;
        this.seed = Long.getLong(SEED_PROPERTY, new Random().nextLong());
    }

    /** Runs the property and returns how many cases passed. */
    public <T> int run(Function<Random, T> generator, Function<T, String> describe, Property<T> property) {
        Random random = new Random(seed);
        long start = System.nanoTime();
        long deadline = start + budget.toNanos();
        int cases = 0;
        while (cases < maxCases && System.nanoTime() < deadline) {
            T input = generator.apply(random);
            long caseStart = System.nanoTime();
            try {
                property.check(input);
            } catch (Throwable failure) {
                throw new AssertionError(failureHeading(cases) + describe.apply(input), failure);
            }
            Duration took = Duration.ofNanos(System.nanoTime() - caseStart);
            if (took.compareTo(maxCaseDuration) > 0) {
                throw new AssertionError(failureHeading(cases) + "took " + took.toMillis() + " ms, more than "
                        + maxCaseDuration.toMillis() + " ms\n" + describe.apply(input));
            }
            cases++;
        }
        System.out.printf("fuzz %s: %d cases in %d ms (seed %d)%n", name, cases,
                Duration.ofNanos(System.nanoTime() - start).toMillis(), seed);
        return cases;
    }

    private String failureHeading(int caseNumber) {
        return "fuzz " + name + " failed on case " + caseNumber + "; replay with -D" + SEED_PROPERTY + "=" + seed
                + "\ninput: ";
    }
}
