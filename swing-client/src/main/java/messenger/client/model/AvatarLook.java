package messenger.client.model;

import java.util.Arrays;
import java.util.Locale;

/**
 * How a sender's avatar looks: up to two initials from the parts of the login, and one of {@code colours}
 * colours, the same for a login on every device and in every session (logins differ only in case count as one).
 */
public record AvatarLook(String initials, int colour) {

    public static AvatarLook of(String login, int colours) {
        String key = login.toLowerCase(Locale.ROOT);
        return new AvatarLook(initials(key).toUpperCase(Locale.ROOT), Math.floorMod(key.hashCode(), colours));
    }

    /** The first letters of the first two parts (split at '_', '.', '-') that start with a letter. */
    private static String initials(String login) {
        String letters = Arrays.stream(login.split("[_.-]+"))
                .filter(part -> !part.isEmpty() && Character.isLetter(part.charAt(0)))
                .limit(2)
                .map(part -> part.substring(0, 1))
                .reduce("", String::concat);
        return letters.isEmpty() ? login.substring(0, 1) : letters;
    }
}
