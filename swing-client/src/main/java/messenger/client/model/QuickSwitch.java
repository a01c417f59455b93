package messenger.client.model;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The conversations a quick switcher offers for what was typed: names that start with it first, then names with
 * a word that starts with it, then names that contain it anywhere, ignoring case; each group most recently active
 * first. Nothing typed offers them all, most recently active first.
 */
public final class QuickSwitch {

    private static final int NO_MATCH = 3;

    private QuickSwitch() {
    }

    public static List<ConversationSummary> matches(List<ConversationSummary> conversations, String typed, int most) {
        String wanted = typed.strip().toLowerCase(Locale.ROOT);
        return conversations.stream()
                .filter(summary -> rank(summary.name(), wanted) < NO_MATCH)
                .sorted(Comparator.<ConversationSummary>comparingInt(summary -> rank(summary.name(), wanted))
                        .thenComparing(ConversationDirectory.BY_ACTIVITY))
                .limit(most)
                .toList();
    }

    private static int rank(String name, String wanted) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.startsWith(wanted)) {
            return 0;
        }
        int at = lower.indexOf(wanted);
        if (at < 0) {
            return NO_MATCH;
        }
        for (; at > 0; at = lower.indexOf(wanted, at + 1)) {
            if (!Character.isLetterOrDigit(lower.charAt(at - 1))) {
                return 1;
            }
        }
        return 2;
    }
}
