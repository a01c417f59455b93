package messenger.client.model;

/** The window's title: the unread messages of all conversations in front, as mail and chat clients show it. */
public final class WindowTitle {

    private static final String APP = "Messenger";

    private WindowTitle() {
    }

    /** "(3) Messenger — alice@host:7777"; without unread messages, no count. */
    public static String of(int unread, String device) {
        return (unread > 0 ? "(" + unread + ") " : "") + APP + " — " + device;
    }
}
