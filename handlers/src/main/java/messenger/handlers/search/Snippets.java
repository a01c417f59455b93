package messenger.handlers.search;

import java.util.ArrayList;
import java.util.List;
import messenger.protocol.Results;

/**
 * The part of a text to show for a hit: up to {@link #MAX_CHARS} UTF-16 code units from a little before the first
 * matched word, with the matched words as ranges of the snippet.
 */
final class Snippets {

    static final int MAX_CHARS = 160;
    /** Context shown before the first match. */
    private static final int LEAD = 40;

    record Snippet(String text, List<Results.Range> ranges) {
    }

    private Snippets() {
    }

    /** The snippet of {@code text} for {@code query}; null when no word of the text is one the query wants. */
    static Snippet of(String text, SearchQuery query) {
        List<Tokens.Token> matched = Tokens.of(MessageFields.TEXT, text).stream()
                .filter(token -> query.wants(token.term())).toList();
        if (matched.isEmpty()) {
            return null;
        }
        int start = matched.get(0).start() <= LEAD ? 0 : boundary(text, matched.get(0).start() - LEAD);
        int end = boundary(text, Math.min(text.length(), start + MAX_CHARS));
        List<Results.Range> ranges = new ArrayList<>();
        for (Tokens.Token token : matched) {
            if (token.start() >= end) {
                break;
            }
            int from = token.start() - start;
            int to = Math.min(token.end(), end) - start;
            Results.Range last = ranges.isEmpty() ? null : ranges.get(ranges.size() - 1);
            if (last != null && last.end() == from) {
                ranges.set(ranges.size() - 1, new Results.Range(last.start(), to));
            } else {
                ranges.add(new Results.Range(from, to));
            }
        }
        return new Snippet(text.substring(start, end), ranges);
    }

    /** {@code index}, or one before it when it would split a surrogate pair. */
    private static int boundary(String text, int index) {
        return index > 0 && index < text.length() && Character.isLowSurrogate(text.charAt(index)) ? index - 1 : index;
    }
}
