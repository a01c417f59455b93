package messenger.handlers.search;

import java.io.IOException;
import java.util.Set;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/**
 * Katakana and the scripts written without spaces of Southeast Asia (Thai, Lao, Khmer, Myanmar) split into one word
 * per character, as the tokenizer does for Han and Hiragana, so that a query finds its characters next to each
 * other anywhere: the tokenizer keeps a run of Katakana, or of Thai up to the next space, as a single word, and
 * {@code ベース} did not find {@code データベース}. A character keeps the combining marks after it (Thai vowels and
 * tone marks above and below). Takes the tokenizer's words, whose text is that of their offsets.
 */
final class CharacterSplitFilter extends TokenFilter {

    private static final Set<String> SPLIT = Set.of(StandardTokenizer.TOKEN_TYPES[StandardTokenizer.KATAKANA],
            StandardTokenizer.TOKEN_TYPES[StandardTokenizer.SOUTHEAST_ASIAN]);

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
    private final PositionIncrementAttribute position = addAttribute(PositionIncrementAttribute.class);
    private final TypeAttribute type = addAttribute(TypeAttribute.class);
    /** The word being split; null between words. */
    private String word;
    private int wordStart;
    /** Where the word's next character starts. */
    private int next;

    CharacterSplitFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (word == null) {
            if (!input.incrementToken()) {
                return false;
            }
            if (!SPLIT.contains(type.type())) {
                return true;
            }
            word = term.toString();
            wordStart = offset.startOffset();
            next = 0;
        } else {
            position.setPositionIncrement(1);
        }
        int end = characterEnd(word, next);
        term.setEmpty().append(word, next, end);
        offset.setOffset(wordStart + next, wordStart + end);
        next = end;
        if (next == word.length()) {
            word = null;
        }
        return true;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        word = null;
    }

    private static int characterEnd(String word, int start) {
        int end = start + Character.charCount(word.codePointAt(start));
        while (end < word.length() && isMark(word.codePointAt(end))) {
            end += Character.charCount(word.codePointAt(end));
        }
        return end;
    }

    private static boolean isMark(int codePoint) {
        int category = Character.getType(codePoint);
        return category == Character.NON_SPACING_MARK || category == Character.COMBINING_SPACING_MARK
                || category == Character.ENCLOSING_MARK;
    }
}
