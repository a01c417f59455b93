package messenger.handlers.search;

import java.io.IOException;
import java.io.Reader;
import org.apache.lucene.analysis.CharFilter;

/**
 * Punctuation (the Unicode categories P*) read as spaces, one for one, so that offsets stay those of the text. The
 * tokenizer's Unicode word breaks keep a word together across {@code . : ' _} and a number across {@code , .}: on
 * their own, {@code pdf} did not find {@code Résumé.pdf}, nor {@code log} {@code ci.log}.
 */
final class PunctuationAsSpaces extends CharFilter {

    PunctuationAsSpaces(Reader input) {
        super(input);
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        int read = input.read(buffer, offset, length);
        for (int i = offset; i < offset + read; i++) {
            if (isPunctuation(buffer[i])) {
                buffer[i] = ' ';
            }
        }
        return read;
    }

    @Override
    protected int correct(int offset) {
        return offset;
    }

    private static boolean isPunctuation(char c) {
        return switch (Character.getType(c)) {
            case Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION, Character.START_PUNCTUATION,
                    Character.END_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION,
                    Character.FINAL_QUOTE_PUNCTUATION, Character.OTHER_PUNCTUATION -> true;
            default -> false;
        };
    }
}
