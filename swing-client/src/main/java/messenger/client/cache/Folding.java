package messenger.client.cache;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Text as the cache indexes and searches it: accents dropped ({@code Café} → {@code cafe}), lower case, and every
 * character that cannot be part of a word turned into a space. Both what is stored and what is searched for are
 * folded alike, so {@code cafe} finds <i>Café</i>. Each folded character remembers where it came from, so a match
 * in the folded text can be marked in the original.
 */
final class Folding {

    private final String folded;
    private final int[] origin;

    private Folding(String folded, int[] origin) {
        this.folded = folded;
        this.origin = origin;
    }

    static Folding of(String text) {
        StringBuilder out = new StringBuilder(text.length());
        List<Integer> from = new ArrayList<>(text.length());
        for (int at = 0; at < text.length(); ) {
            int codePoint = text.codePointAt(at);
            String one = foldOne(codePoint);
            for (int i = 0; i < one.length(); i++) {
                out.append(one.charAt(i));
                from.add(at);
            }
            at += Character.charCount(codePoint);
        }
        return new Folding(out.toString(), from.stream().mapToInt(Integer::intValue).toArray());
    }

    /** The folded text alone. */
    static String fold(String text) {
        return of(text).folded;
    }

    /** The words of a query, folded: what lies between the spaces. */
    static List<String> words(String query) {
        return List.of(fold(query).trim().split(" +")).stream().filter(word -> !word.isEmpty()).toList();
    }

    String folded() {
        return folded;
    }

    /** Where the folded character at {@code index} starts in the original; the original's length past the end. */
    int originOf(int index, int originalLength) {
        return index < origin.length ? origin[index] : originalLength;
    }

    private static String foldOne(int codePoint) {
        int type = Character.getType(codePoint);
        if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                || type == Character.COMBINING_SPACING_MARK) {
            return "";
        }
        if (!Character.isLetterOrDigit(codePoint)) {
            return " ";
        }
        String decomposed = Normalizer.normalize(new String(Character.toChars(codePoint)), Normalizer.Form.NFD);
        String bare = decomposed.replaceAll("\\p{M}+", "");
        return (bare.isEmpty() ? decomposed : bare).toLowerCase(Locale.ROOT);
    }
}
