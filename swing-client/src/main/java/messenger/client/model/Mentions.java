package messenger.client.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Where a text mentions logins: {@code @login} at the start or after a character that cannot be part of a login,
 * ignoring case, not followed by one that can (a {@code .} or {@code -} right after still ends it), as the
 * server resolves them.
 */
public final class Mentions {

    /** One mention, from its {@code @} to the end of the login. */
    public record Span(int start, int end) {
    }

    private Mentions() {
    }

    /** The mentions of {@code logins} in {@code text}, in order. */
    public static List<Span> in(String text, List<String> logins) {
        List<Span> spans = new ArrayList<>();
        String lower = text.toLowerCase(Locale.ROOT);
        for (int at = lower.indexOf('@'); at >= 0; at = lower.indexOf('@', at + 1)) {
            if (at > 0 && isLoginChar(lower.charAt(at - 1))) {
                continue;
            }
            int longest = 0;
            for (String login : logins) {
                String wanted = login.toLowerCase(Locale.ROOT);
                int end = at + 1 + wanted.length();
                if (lower.startsWith(wanted, at + 1) && (end == lower.length() || endsLogin(lower.charAt(end)))) {
                    longest = Math.max(longest, wanted.length());
                }
            }
            if (longest > 0) {
                spans.add(new Span(at, at + 1 + longest));
            }
        }
        return spans;
    }

    /** The logins of {@code mentioned} that {@code text} still mentions (after an edit, which names no new ones). */
    static List<String> keptIn(String text, List<String> mentioned) {
        return mentioned.stream().filter(login -> !in(text, List.of(login)).isEmpty()).toList();
    }

    private static boolean endsLogin(char c) {
        return c == '.' || c == '-' || !isLoginChar(c);
    }

    private static boolean isLoginChar(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '.' || c == '-';
    }
}
