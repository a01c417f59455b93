package messenger.client.model;

import java.util.OptionalLong;

/**
 * Whether the reader sees the end of the open conversation: only then are its messages read. The window must have
 * the focus and the list be scrolled to its end. Used on the event thread.
 */
public final class ReadPosition {

    private boolean focused;
    private boolean atEnd = true;

    public void focused(boolean windowFocused) {
        focused = windowFocused;
    }

    public boolean isFocused() {
        return focused;
    }

    public void atEnd(boolean listAtEnd) {
        atEnd = listAtEnd;
    }

    /** How far to move the read marker now: to the newest message shown, when it is seen and past the marker. */
    public OptionalLong markUpTo(long newestShown, long readUpTo) {
        return focused && atEnd && newestShown > readUpTo ? OptionalLong.of(newestShown) : OptionalLong.empty();
    }
}
