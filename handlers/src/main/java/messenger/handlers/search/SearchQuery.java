package messenger.handlers.search;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import messenger.handlers.spi.Fields;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.memory.MemoryIndex;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * What a person typed, as a Lucene query over a message's text and file name: every word must occur (a word of
 * three or more letters also as the start of a longer one: {@code deplo} finds deployment), and a quoted phrase, or
 * a word the analyzer splits (text without spaces, {@code e-mail}), must occur as written.
 *
 * <p>A hit's score adds up, per word or phrase, {@link #WHOLE} when it occurs as written and {@link #PREFIX} when
 * only as the start of a longer word. It depends on the message alone: a score from term statistics (BM25) counts
 * every message of the index, so a relevance cursor told how many messages of other conversations hold a word, and
 * changed under a client paging while messages were indexed, which skipped or repeated hits.
 */
final class SearchQuery {

    /** Shorter words match only whole words: {@code hi} should not find every {@code his} and {@code high}. */
    static final int PREFIX_MIN_CHARS = 3;
    private static final float WHOLE = 2;
    private static final float PREFIX = 1;
    private static final int MAX_WORDS = 32;
    private static final Pattern PART = Pattern.compile("\"([^\"]*)\"?|([^\\s\"]+)");
    private static final String[] FIELDS = {MessageFields.TEXT, MessageFields.FILE};

    private final Query query;
    private final Set<String> words = new HashSet<>();
    private final Set<String> prefixes = new HashSet<>();

    private SearchQuery(String typed) {
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        Matcher part = PART.matcher(typed);
        int count = 0;
        while (part.find()) {
            boolean quoted = part.group(1) != null;
            List<String> terms = Tokens.of(MessageFields.TEXT, quoted ? part.group(1) : part.group(2)).stream()
                    .map(Tokens.Token::term).toList();
            if (terms.isEmpty()) {
                continue;
            }
            count += terms.size();
            words.addAll(terms);
            all.add(terms.size() == 1 && !quoted ? word(terms.get(0)) : phrase(terms), Occur.MUST);
        }
        if (count == 0) {
            throw Fields.badRequest("\"query\" has no word to search for");
        }
        if (count > MAX_WORDS) {
            throw Fields.badRequest("\"query\" has more than " + MAX_WORDS + " words");
        }
        query = all.build();
    }

    static SearchQuery parse(String typed) {
        return new SearchQuery(typed);
    }

    Query query() {
        return query;
    }

    /** Whether {@code term} (as analyzed) is one the query looks for. */
    boolean wants(String term) {
        if (words.contains(term)) {
            return true;
        }
        for (String prefix : prefixes) {
            if (term.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a message with this text and file name (each may be null) matches now. */
    boolean matches(String text, String fileName) {
        MemoryIndex current = new MemoryIndex();
        if (text != null) {
            current.addField(MessageFields.TEXT, text, Tokens.ANALYZER);
        }
        if (fileName != null) {
            current.addField(MessageFields.FILE, fileName, Tokens.ANALYZER);
        }
        return current.search(query) > 0;
    }

    private Query word(String term) {
        boolean prefix = term.length() >= PREFIX_MIN_CHARS;
        if (prefix) {
            prefixes.add(term);
        }
        List<Query> anyField = new ArrayList<>();
        for (String field : FIELDS) {
            anyField.add(scored(new TermQuery(new Term(field, term)), WHOLE));
            if (prefix) {
                anyField.add(scored(new PrefixQuery(new Term(field, term)), PREFIX));
            }
        }
        return new DisjunctionMaxQuery(anyField, 0);
    }

    private static Query phrase(List<String> terms) {
        List<Query> anyField = new ArrayList<>();
        for (String field : FIELDS) {
            anyField.add(scored(new PhraseQuery(field, terms.toArray(String[]::new)), WHOLE));
        }
        return new DisjunctionMaxQuery(anyField, 0);
    }

    private static Query scored(Query query, float score) {
        return new BoostQuery(new ConstantScoreQuery(query), score);
    }
}
