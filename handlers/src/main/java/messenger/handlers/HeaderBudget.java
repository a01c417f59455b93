package messenger.handlers;

import java.nio.charset.StandardCharsets;
import java.util.List;
import messenger.protocol.Json;

/**
 * What the entries of a reply's list take in its header, so that a reply that could grow is cut to fit
 * {@code maxHeader}: the transport does not check the size of what it sends, and a client drops a connection
 * whose header is over the limit.
 */
public final class HeaderBudget {

    /** Room in the header for {@code type}, {@code re} and the flags beside the list, such as {@code hasMore}. */
    public static final int ENVELOPE = 128;

    private HeaderBudget() {
    }

    /** What an entry takes in a JSON list: its UTF-8 JSON and a comma. */
    public static int bytes(Object entry) {
        return Json.GSON.toJson(entry).getBytes(StandardCharsets.UTF_8).length + 1;
    }

    /** How many of the entries, counted from the first, fit in {@code budget} bytes; at least {@code minimum}. */
    public static int fitting(List<?> entries, int budget, int minimum) {
        int left = budget;
        int count = 0;
        for (Object entry : entries) {
            left -= bytes(entry);
            if (left < 0 && count >= minimum) {
                break;
            }
            count++;
        }
        return count;
    }
}
