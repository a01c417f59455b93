package messenger.client.model;

import java.util.Locale;
import java.util.Optional;
import messenger.protocol.ProtocolRules;

/**
 * The message being written, checked against the length limit as it changes: a counter once it comes near
 * the limit, and the refusal of a send that was too long, which lasts only as long as the text is.
 */
public final class MessageDraft {

    /** From this many characters on, the counter shows. */
    static final int COUNTER_FROM = 3_900;

    private String text = "";
    private boolean refused;

    public void edited(String newText) {
        text = newText.strip();
        refused = refused && isTooLong();
    }

    /** The text to send, or empty when there is nothing to send or it is too long (which {@link #problem()} then says). */
    public Optional<String> submit() {
        refused = isTooLong();
        return text.isEmpty() || refused ? Optional.empty() : Optional.of(text);
    }

    /** Why the last send was refused while that still holds; empty otherwise. */
    public String problem() {
        return refused ? "A message has at most " + ProtocolRules.TEXT_MAX + " characters; this one has "
                + length() + "." : "";
    }

    /** "4,010 / 4,096" near and over the limit; empty below it. */
    public String counter() {
        return length() < COUNTER_FROM ? ""
                : String.format(Locale.ENGLISH, "%,d / %,d", length(), ProtocolRules.TEXT_MAX);
    }

    public boolean isTooLong() {
        return length() > ProtocolRules.TEXT_MAX;
    }

    private int length() {
        return ProtocolRules.characterCount(text);
    }
}
