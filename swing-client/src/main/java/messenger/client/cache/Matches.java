package messenger.client.cache;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import messenger.protocol.Message;
import messenger.protocol.Results.Range;
import messenger.protocol.Results.SearchHit;

/**
 * A search hit made of a message found here: a snippet of its text (or of its file's name, when only that matched)
 * of at most {@value #SNIPPET} characters starting up to {@value #BEFORE} before the first match, and the matched
 * words in it, as the server's hits have them.
 */
final class Matches {

    private static final int SNIPPET = 160;
    private static final int BEFORE = 40;
    private static final int SHORT = 3;

    private Matches() {
    }

    static SearchHit hit(Message message, List<String> words) {
        String text = message.text() == null ? "" : message.text();
        List<Range> inText = ranges(text, words);
        if (inText.isEmpty() && message.file() != null) {
            return snippet(message, SearchHit.IN_FILE, message.file().name(), ranges(message.file().name(), words));
        }
        return snippet(message, SearchHit.IN_TEXT, text, inText);
    }

    /** Whether a word is of a script written without spaces, so that it is looked for anywhere. */
    static boolean unspaced(String word) {
        return word.codePoints().anyMatch(c -> {
            Character.UnicodeScript script = Character.UnicodeScript.of(c);
            return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                    || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.THAI;
        });
    }

    /** Where the words occur in {@code text}, in its own UTF-16 offsets, ascending, touching ones merged. */
    static List<Range> ranges(String text, List<String> words) {
        Folding folding = Folding.of(text);
        String folded = folding.folded();
        List<Range> found = new ArrayList<>();
        for (String word : words) {
            boolean whole = word.length() < SHORT && !unspaced(word);
            for (int at = folded.indexOf(word); at >= 0; at = folded.indexOf(word, at + 1)) {
                int end = at + word.length();
                if (whole && (at > 0 && folded.charAt(at - 1) != ' ' || end < folded.length()
                        && folded.charAt(end) != ' ')) {
                    continue;
                }
                found.add(new Range(folding.originOf(at, text.length()), folding.originOf(end, text.length())));
            }
        }
        found.sort(Comparator.comparingInt(Range::start));
        List<Range> merged = new ArrayList<>();
        for (Range range : found) {
            Range last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && range.start() <= last.end()) {
                merged.set(merged.size() - 1, new Range(last.start(), Math.max(last.end(), range.end())));
            } else {
                merged.add(range);
            }
        }
        return merged;
    }

    private static SearchHit snippet(Message message, String in, String whole, List<Range> ranges) {
        int start = ranges.isEmpty() ? 0 : Math.max(0, ranges.get(0).start() - BEFORE);
        if (start > 0 && Character.isLowSurrogate(whole.charAt(start))) {
            start--;
        }
        int end = Math.min(whole.length(), start + SNIPPET);
        if (end < whole.length() && end > start && Character.isHighSurrogate(whole.charAt(end - 1))) {
            end--;
        }
        int from = start;
        int to = end;
        List<Range> inSnippet = ranges.stream().filter(range -> range.start() < to && range.end() > from)
                .map(range -> new Range(range.start() - from, Math.min(range.end(), to) - from)).toList();
        return new SearchHit(message.id(), message.conversation(), message.from(), message.at(), in,
                whole.substring(start, end), inSnippet, message.file());
    }
}
