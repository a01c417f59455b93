package messenger.client.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Reads the little formatting a message may carry: {@code *bold*}, {@code _italic_}, {@code `code`}, fenced
 * code blocks between lines that start and end with three backticks, and lines starting with "> " as quotes.
 * A bold or italic marker opens only at the start of a word and closes only at its end, so snake_case_names
 * and 2*3*4 stay as they are; a doubled marker is never one. Nothing formats across a line, inside a code span
 * or inside a link; a marker left unclosed is plain text. The markers are left out of what is shown.
 */
public final class Markup {

    private static final String FENCE = "```";
    private static final String QUOTE = "> ";

    private final String source;
    private final List<Links.Link> links;
    private final int[] linkEnds;
    private final StringBuilder shown = new StringBuilder();
    private final int[] sourceIndex;
    private final List<FormattedText.Run> runs = new ArrayList<>();

    private Markup(String source) {
        this.source = source;
        this.sourceIndex = new int[source.length()];
        this.links = Links.in(source);
        this.linkEnds = new int[source.length()];
        for (Links.Link link : links) {
            linkEnds[link.start()] = link.end();
        }
    }

    public static FormattedText format(String source) {
        Markup markup = new Markup(source);
        markup.lines();
        return new FormattedText(source, markup.shown.toString(),
                Arrays.copyOf(markup.sourceIndex, markup.shown.length()), markup.runs, markup.links);
    }

    private void lines() {
        int line = 0;
        while (line <= source.length()) {
            int end = lineEnd(line);
            int close = source.startsWith(FENCE, line) ? closingFence(line, end) : -1;
            if (close >= 0) {
                keep(blockStart(line, end), blockStop(end, close), EnumSet.of(TextStyle.CODE_BLOCK));
                end = close + FENCE.length();
            } else if (source.startsWith(QUOTE, line) && end > line + QUOTE.length()) {
                inline(line + QUOTE.length(), end, EnumSet.of(TextStyle.QUOTE));
            } else {
                inline(line, end, EnumSet.noneOf(TextStyle.class));
            }
            if (end < source.length()) {
                keep(end, end + 1, EnumSet.noneOf(TextStyle.class));
            }
            line = end + 1;
        }
    }

    private int lineEnd(int line) {
        int end = source.indexOf('\n', line);
        return end < 0 ? source.length() : end;
    }

    /**
     * Where the fence that closes a code block opened at {@code line} starts: at the end of this line or of a
     * later one; -1 if none does or the block would be empty.
     */
    private int closingFence(int line, int openingEnd) {
        int end = openingEnd;
        int close = end - FENCE.length() > line + FENCE.length() && source.startsWith(FENCE, end - FENCE.length())
                ? end - FENCE.length() : -1;
        while (close < 0 && end < source.length()) {
            int next = end + 1;
            end = lineEnd(next);
            if (end - next >= FENCE.length() && source.startsWith(FENCE, end - FENCE.length())) {
                close = end - FENCE.length();
            }
        }
        return close >= 0 && blockStop(openingEnd, close) > blockStart(line, openingEnd) ? close : -1;
    }

    /** A block's code starts after its fence, on the next line when nothing follows the fence. */
    private int blockStart(int line, int end) {
        int start = line + FENCE.length();
        return start == end ? start + 1 : start;
    }

    /** A block's code ends before its closing fence, and before the line break in front of that fence. */
    private int blockStop(int openingEnd, int close) {
        return close > openingEnd && source.charAt(close - 1) == '\n' ? close - 1 : close;
    }

    private void inline(int from, int to, EnumSet<TextStyle> styles) {
        int plain = from;
        int i = from;
        while (i < to) {
            if (linkEnds[i] > 0) {
                i = linkEnds[i];
                continue;
            }
            char c = source.charAt(i);
            int close = c == '`' ? codeClose(i, to) : isEmphasis(c) && opens(i, to) ? emphasisClose(i, to) : -1;
            if (close < 0) {
                i++;
                continue;
            }
            keep(plain, i, styles);
            EnumSet<TextStyle> inner = EnumSet.copyOf(styles);
            if (c == '`') {
                inner.add(TextStyle.CODE);
                keep(i + 1, close, inner);
            } else {
                inner.add(c == '*' ? TextStyle.BOLD : TextStyle.ITALIC);
                inline(i + 1, close, inner);
            }
            i = close + 1;
            plain = i;
        }
        keep(plain, to, styles);
    }

    private static boolean isEmphasis(char c) {
        return c == '*' || c == '_';
    }

    /** The backtick that closes a code span opened at {@code open}, or -1; a code span is never empty. */
    private int codeClose(int open, int to) {
        int close = source.indexOf('`', open + 1);
        return close > open + 1 && close < to ? close : -1;
    }

    /** The first marker that closes the one at {@code open}, passing over code spans and links; -1 if none. */
    private int emphasisClose(int open, int to) {
        char marker = source.charAt(open);
        for (int k = open + 1; k < to; k++) {
            if (linkEnds[k] > 0) {
                k = linkEnds[k] - 1;
            } else if (source.charAt(k) == '`' && codeClose(k, to) > 0) {
                k = codeClose(k, to);
            } else if (source.charAt(k) == marker && closes(k)) {
                return k;
            }
        }
        return -1;
    }

    /**
     * A marker opens at the start of a word: after neither a letter, a digit nor its twin, and before
     * neither a space nor its twin.
     */
    private boolean opens(int i, int to) {
        char marker = source.charAt(i);
        return (i == 0 || !isWordOr(source.codePointBefore(i), marker))
                && i + 1 < to && !Character.isWhitespace(source.charAt(i + 1)) && source.charAt(i + 1) != marker;
    }

    /** A marker closes at the end of a word: after neither space nor twin, before no letter, digit or twin. */
    private boolean closes(int i) {
        char marker = source.charAt(i);
        char before = source.charAt(i - 1);
        return !Character.isWhitespace(before) && before != marker
                && (i + 1 == source.length() || !isWordOr(source.codePointAt(i + 1), marker));
    }

    private static boolean isWordOr(int codePoint, char marker) {
        return Character.isLetterOrDigit(codePoint) || codePoint == marker;
    }

    /** Shows the source from {@code from} to {@code to} in {@code styles}, joining the run before if it has them. */
    private void keep(int from, int to, Set<TextStyle> styles) {
        if (from >= to) {
            return;
        }
        int start = shown.length();
        for (int i = from; i < to; i++) {
            sourceIndex[shown.length()] = i;
            shown.append(source.charAt(i));
        }
        int last = runs.size() - 1;
        if (last >= 0 && runs.get(last).styles().equals(styles)) {
            runs.set(last, new FormattedText.Run(runs.get(last).start(), shown.length(), runs.get(last).styles()));
        } else {
            runs.add(new FormattedText.Run(start, shown.length(), Set.copyOf(styles)));
        }
    }
}
