package messenger.protocol.fuzz;

import java.util.List;

/**
 * Where the fuzz generators take their decisions from: the fuzzer's input ({@link FuzzedChoices}, so that
 * Jazzer steers them by coverage) or a seeded random generator ({@link RandomChoices}, for the server's fuzz
 * over TCP, where no fuzzer runs in the process under test).
 */
public interface Choices {

    /** A number from {@code min} to {@code max}, both included. */
    int between(int min, int max);

    long anyLong();

    byte anyByte();

    boolean anyBoolean();

    /** {@code minLength} to {@code maxLength} bytes. */
    byte[] bytes(int minLength, int maxLength);

    default <T> T pick(List<T> values) {
        return values.get(between(0, values.size() - 1));
    }

    /** An index into {@code weights}, each taken with odds of its weight to their sum (a weight may be 0). */
    default int weighted(int... weights) {
        int sum = 0;
        for (int weight : weights) {
            sum += weight;
        }
        int drawn = between(0, sum - 1);
        for (int i = 0; i < weights.length; i++) {
            drawn -= weights[i];
            if (drawn < 0) {
                return i;
            }
        }
        throw new IllegalArgumentException("no positive weight");
    }
}
