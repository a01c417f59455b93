package messenger.client.model;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds the web links in a message text, so a view can make them clickable. */
public final class Links {

    public record Link(int start, int end, String url) {
    }

    private static final Pattern LINK = Pattern.compile("\\b(?:https?://|www\\.)[^\\s<>\"]+", Pattern.CASE_INSENSITIVE);
    /** Punctuation that usually closes the sentence or the formatting around a link rather than belonging to it. */
    private static final String TRAILING = ".,;:!?)]}'*_`";

    private Links() {
    }

    public static List<Link> in(String text) {
        List<Link> links = new ArrayList<>();
        Matcher matcher = LINK.matcher(text);
        while (matcher.find()) {
            int end = matcher.end();
            while (end > matcher.start() && TRAILING.indexOf(text.charAt(end - 1)) >= 0) {
                end--;
            }
            String found = text.substring(matcher.start(), end);
            links.add(new Link(matcher.start(), end, found.regionMatches(true, 0, "www.", 0, 4) ? "https://" + found : found));
        }
        return links;
    }
}
