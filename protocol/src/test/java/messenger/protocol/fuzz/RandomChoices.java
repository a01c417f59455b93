package messenger.protocol.fuzz;

import java.util.Random;

/** Decisions drawn from a seeded {@link Random}: the same seed gives the same inputs. */
public final class RandomChoices implements Choices {

    private final long seed;
    private final Random random;

    public RandomChoices(long seed) {
        this.seed = seed;
        this.random = new Random(seed);
    }

    public long seed() {
        return seed;
    }

    @Override
    public int between(int min, int max) {
        return (int) random.nextLong(min, max + 1L);
    }

    @Override
    public long anyLong() {
        return random.nextLong();
    }

    @Override
    public byte anyByte() {
        return (byte) random.nextInt();
    }

    @Override
    public boolean anyBoolean() {
        return random.nextBoolean();
    }

    @Override
    public byte[] bytes(int minLength, int maxLength) {
        byte[] bytes = new byte[between(minLength, maxLength)];
        random.nextBytes(bytes);
        return bytes;
    }
}
