package messenger.protocol;

import java.util.regex.Pattern;

/** Field rules of the contract that both ends check: the client before sending, the server always. */
public final class ProtocolRules {

    public static final int VERSION = 1;
    public static final int LOGIN_MIN = 3;
    public static final int LOGIN_MAX = 32;
    public static final int PASSWORD_MIN = 8;
    public static final int PASSWORD_MAX = 128;
    public static final int TEXT_MAX = 4_096;
    public static final int CLIENT_MSG_ID_MAX = 64;
    public static final int FILE_NAME_MAX_BYTES = 255;
    public static final int HISTORY_DEFAULT_LIMIT = 10;
    public static final int HISTORY_MAX_LIMIT = 100;
    public static final int SYNC_DEFAULT_LIMIT = 100;
    public static final int SYNC_MAX_LIMIT = 1_000;
    public static final String GENERAL = "general";
    public static final int ROOM_NAME_MAX = 64;
    public static final int TOPIC_MAX = 250;
    public static final int PREVIEW_MAX = 200;
    public static final int UNREAD_CAP = 1_000;
    public static final int CONVERSATIONS_DEFAULT_LIMIT = 50;
    public static final int CONVERSATIONS_MAX_LIMIT = 100;
    public static final int MEMBERS_DEFAULT_LIMIT = 200;
    public static final int MEMBERS_MAX_LIMIT = 500;
    public static final int BROWSE_DEFAULT_LIMIT = 50;
    public static final int BROWSE_MAX_LIMIT = 100;
    public static final int FIND_DEFAULT_LIMIT = 20;
    public static final int FIND_MAX_LIMIT = 50;
    /** Earlier texts one {@code message.versions} reply holds at most, and without {@code limit}. */
    public static final int VERSIONS_MAX_LIMIT = 100;
    /** Conversations one user may belong to; joining, creating or being added beyond it is refused. */
    public static final int CONVERSATIONS_PER_USER_MAX = 1_000;
    /** Characters of the original a reply quotes. */
    public static final int QUOTE_MAX = 100;
    /** Different emoji on one message; one more is refused. */
    public static final int REACTIONS_PER_MESSAGE_MAX = 20;
    /** Logins listed with each reaction of a message (the first to react); {@code count} has them all. */
    public static final int REACTORS_SHOWN = 20;
    /** An emoji (or short reaction) is 1 to this many code points, none of them white space or invisible. */
    public static final int EMOJI_MAX = 16;
    /** Read receipts are shared in direct conversations and rooms of at most this many members. */
    public static final int RECEIPTS_MAX_MEMBERS = 20;
    /** Logins one {@code presence} request may ask about. */
    public static final int PRESENCE_QUERY_MAX = 500;
    /** A client that has seen no input for this long reports its connection idle ({@code activity}). */
    public static final int IDLE_AFTER_SECONDS = 300;
    /** While the user types, a client repeats {@code typing} at most this often; receivers show it this long. */
    public static final int TYPING_REPEAT_SECONDS = 3;
    public static final int TYPING_SHOWN_SECONDS = 6;

    private static final Pattern LOGIN = Pattern.compile("[A-Za-z0-9_.-]{" + LOGIN_MIN + "," + LOGIN_MAX + "}");
    /** The format characters emoji are made of: family and profession sequences, subdivision flags' tags. */
    private static final int ZERO_WIDTH_JOINER = 0x200D;
    private static final int TAG_FIRST = 0xE0020;
    private static final int TAG_LAST = 0xE007F;

    private ProtocolRules() {
    }

    public static boolean isValidLogin(String login) {
        return login != null && LOGIN.matcher(login).matches();
    }

    /** Length in characters (code points), so an emoji counts once. */
    public static boolean isValidPassword(String password) {
        if (password == null) {
            return false;
        }
        int length = password.codePointCount(0, password.length());
        return length >= PASSWORD_MIN && length <= PASSWORD_MAX;
    }

    /**
     * 1 to {@link #EMOJI_MAX} code points, none of them white space (no-break spaces included), a control, an
     * invisible format character (a zero-width space, a direction override), private-use or unassigned; the
     * format characters emoji are made of stay: the zero-width joiner of families and professions and the tags of
     * subdivision flags.
     */
    public static boolean isValidEmoji(String emoji) {
        if (emoji == null || emoji.isEmpty() || characterCount(emoji) > EMOJI_MAX) {
            return false;
        }
        return emoji.codePoints().allMatch(ProtocolRules::mayBeInEmoji);
    }

    private static boolean mayBeInEmoji(int c) {
        return switch (Character.getType(c)) {
            case Character.SPACE_SEPARATOR, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR,
                    Character.CONTROL, Character.PRIVATE_USE, Character.UNASSIGNED, Character.SURROGATE -> false;
            case Character.FORMAT -> c == ZERO_WIDTH_JOINER || c >= TAG_FIRST && c <= TAG_LAST;
            default -> !Character.isWhitespace(c);
        };
    }

    public static int characterCount(String text) {
        return text.codePointCount(0, text.length());
    }
}
