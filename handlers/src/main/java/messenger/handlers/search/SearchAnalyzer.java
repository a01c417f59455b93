package messenger.handlers.search;

import java.io.Reader;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * Words as a person types them: Unicode word breaks with every punctuation character a break (each Han, Hiragana,
 * Katakana and Thai character is a word of its own, so text without spaces is found by a phrase of its characters),
 * lower case, accents taken off, then Latin letters folded to ASCII (ø as o, ß as ss). No stop words: every word typed
 * counts.
 */
final class SearchAnalyzer extends Analyzer {

    /**
     * Kept in the index's commits: an index written by another version is emptied and rebuilt from the log
     * ({@link SearchIndex}). Raise it whenever the terms of some text change.
     */
    static final String VERSION = "3";

    @Override
    protected Reader initReader(String fieldName, Reader reader) {
        return new PunctuationAsSpaces(reader);
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        StandardTokenizer tokenizer = new StandardTokenizer();
        TokenStream words = new CharacterSplitFilter(tokenizer);
        TokenStream folded = new ASCIIFoldingFilter(new AccentFilter(new LowerCaseFilter(words)));
        return new TokenStreamComponents(tokenizer, folded);
    }
}
