package messenger.client.model;

/**
 * Emoji typed through an input method on X11 arrive without their top bits: the toolkit keeps only the low
 * 16 bits of a Unicode keysym, so 😀 (U+1F600) comes as U+F600. Emoji live in U+1F000–U+1FAFF; the
 * private use characters U+F000–U+FAFF they turn into are not typed on purpose, so those are restored.
 */
public final class MangledEmoji {

    private static final char FIRST = '\uF000';
    private static final char LAST = '\uFAFF';
    private static final int LOST_BITS = 0x10000;

    private MangledEmoji() {
    }

    public static boolean isMangled(char typed) {
        return typed >= FIRST && typed <= LAST;
    }

    /** The emoji a mangled character stands for; any other character as it is. */
    public static String restored(char typed) {
        return isMangled(typed) ? Character.toString(typed + LOST_BITS) : String.valueOf(typed);
    }
}
