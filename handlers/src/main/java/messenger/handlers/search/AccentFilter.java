package messenger.handlers.search;

import java.io.IOException;
import java.text.Normalizer;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Accents taken off in any script and however they are written: a term decomposed (NFD), without its combining
 * diacritical marks, composed again. {@code ASCIIFoldingFilter} knows precomposed Latin letters only: it kept an
 * accent written as a letter and a combining mark (e and U+0301 for é), and those of Greek and Cyrillic letters
 * ({@code Αθήνα}).
 * Written here rather than taken from Lucene's {@code ICUFoldingFilter}, which would add lucene-analysis-icu and
 * ICU4J (over 10 MB) for this alone.
 *
 * <p>Only the marks of the combining diacritical blocks go: other scripts' marks are vowels (Devanagari, Thai) or
 * make another letter (the Japanese voicing mark of が), not accents.
 */
final class AccentFilter extends TokenFilter {

    /** Below the first precomposed Latin letter (À): nothing to decompose. */
    private static final char FIRST_ACCENTED = '\u00c0';

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

    AccentFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        if (mayHaveAccents()) {
            String decomposed = Normalizer.normalize(term, Normalizer.Form.NFD);
            StringBuilder kept = new StringBuilder(decomposed.length());
            for (int i = 0; i < decomposed.length(); i++) {
                char c = decomposed.charAt(i);
                if (!isAccent(c)) {
                    kept.append(c);
                }
            }
            term.setEmpty().append(Normalizer.normalize(kept, Normalizer.Form.NFC));
        }
        return true;
    }

    private boolean mayHaveAccents() {
        for (int i = 0; i < term.length(); i++) {
            if (term.charAt(i) >= FIRST_ACCENTED) {
                return true;
            }
        }
        return false;
    }

    private static boolean isAccent(char c) {
        Character.UnicodeBlock block = Character.UnicodeBlock.of(c);
        return block == Character.UnicodeBlock.COMBINING_DIACRITICAL_MARKS
                || block == Character.UnicodeBlock.COMBINING_DIACRITICAL_MARKS_EXTENDED
                || block == Character.UnicodeBlock.COMBINING_DIACRITICAL_MARKS_SUPPLEMENT
                || block == Character.UnicodeBlock.COMBINING_HALF_MARKS;
    }
}
