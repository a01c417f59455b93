package messenger.client.view;

import java.util.List;
import messenger.protocol.Results.Range;

/** A search snippet as HTML for a label: its matched ranges in bold, everything else as plain text. */
final class Highlights {

    private Highlights() {
    }

    static String html(String snippet, List<Range> ranges) {
        StringBuilder out = new StringBuilder();
        int at = 0;
        for (Range range : ranges) {
            int start = Math.max(at, Math.min(range.start(), snippet.length()));
            int end = Math.max(start, Math.min(range.end(), snippet.length()));
            out.append(escape(snippet.substring(at, start))).append("<b>")
                    .append(escape(snippet.substring(start, end))).append("</b>");
            at = end;
        }
        return out.append(escape(snippet.substring(at))).toString();
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\n", " ");
    }
}
