package messenger.bench;

import java.util.SplittableRandom;

/**
 * Made-up words for messages worth searching, used with a skewed frequency (a few words are in a large share of
 * all messages, most in few), as words of a language are. Word {@code i} is three syllables of {@code i}'s digits
 * in base 80, the rule {@code search-bulk-load.sql} uses to write the same words into the database.
 */
final class Vocabulary {

    private static final String CONSONANTS = "bcdfghklmnprstvz";
    private static final String VOWELS = "aeiou";

    private final int size;

    Vocabulary(int size) {
        this.size = size;
    }

    /** A message of {@code count} words, the same for the same {@code seed}. */
    String text(long seed, int count) {
        SplittableRandom random = new SplittableRandom(seed);
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < count; i++) {
            text.append(i == 0 ? "" : " ").append(skewed(random.nextDouble()));
        }
        return text.toString();
    }

    /** A word of a Zipf-like order: the cube of a uniform number picks low indexes far more often. */
    String skewed(double uniform) {
        return word((int) (size * uniform * uniform * uniform));
    }

    String uniform(double uniform) {
        return word((int) (size * uniform));
    }

    static String word(int i) {
        return syllable(i % 80) + syllable(i / 80 % 80) + syllable((7 * i + 3) % 80);
    }

    private static String syllable(int k) {
        return "" + CONSONANTS.charAt(k / 5) + VOWELS.charAt(k % 5);
    }
}
