package messenger.client.model;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * A message as it is shown: its text without the formatting markers, in runs of one set of styles each,
 * its links where they are in the shown text, and the way back from a shown stretch to what was typed.
 */
public final class FormattedText {

    /** The shown text from {@code start} to {@code end} has {@code styles} (none for plain text). */
    public record Run(int start, int end, Set<TextStyle> styles) {
    }

    private final String source;
    private final String shown;
    /** sourceIndex[i] is where the i-th shown character stands in the source. */
    private final int[] sourceIndex;
    private final List<Run> runs;
    private final List<Links.Link> links;

    /** {@code links} are those of the source, at their offsets there. */
    FormattedText(String source, String shown, int[] sourceIndex, List<Run> runs, List<Links.Link> links) {
        this.source = source;
        this.shown = shown;
        this.sourceIndex = sourceIndex;
        this.runs = List.copyOf(runs);
        this.links = links.stream().map(this::shownLink).filter(link -> link != null).toList();
    }

    public String shown() {
        return shown;
    }

    /** Runs that cover the shown text, in order. */
    public List<Run> runs() {
        return runs;
    }

    /** The links, with their offsets in the shown text. */
    public List<Links.Link> links() {
        return links;
    }

    /**
     * What was typed for the shown stretch from {@code from} to {@code to}: everything typed from its first
     * shown character to its last, markers between them included, and from the very start or to the very end
     * of the message when the stretch reaches it. The whole message gives back exactly what was typed.
     */
    public String source(int from, int to) {
        if (from >= to) {
            return "";
        }
        int start = from == 0 ? 0 : sourceIndex[from];
        int end = to == shown.length() ? source.length() : sourceIndex[to - 1] + 1;
        return source.substring(start, end);
    }

    /** A link is shown whole, as no marker is read inside it; null if it lies in a part not shown. */
    private Links.Link shownLink(Links.Link link) {
        int start = Arrays.binarySearch(sourceIndex, link.start());
        int last = Arrays.binarySearch(sourceIndex, link.end() - 1);
        return start < 0 || last < 0 ? null : new Links.Link(start, last + 1, link.url());
    }
}
