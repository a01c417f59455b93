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
    /** Conversations one user may belong to; joining, creating or being added beyond it is refused. */
    public static final int CONVERSATIONS_PER_USER_MAX = 1_000;

    private static final Pattern LOGIN = Pattern.compile("[A-Za-z0-9_.-]{" + LOGIN_MIN + "," + LOGIN_MAX + "}");

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

    public static int characterCount(String text) {
        return text.codePointCount(0, text.length());
    }
}
