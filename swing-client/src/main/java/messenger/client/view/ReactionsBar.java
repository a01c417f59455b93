package messenger.client.view;

import com.formdev.flatlaf.FlatClientProperties;
import javax.swing.JButton;
import javax.swing.JPanel;
import messenger.client.model.ChatMessage;
import messenger.protocol.Message.Reaction;
import net.miginfocom.swing.MigLayout;

/**
 * The reactions under a message: each emoji with its count, the reader's own ones marked; hovering names who
 * reacted, clicking adds the reader's reaction or takes it back.
 */
final class ReactionsBar extends JPanel {

    static final String NAME = "reactions";
    /** Each reaction's button is named this and its emoji. */
    static final String REACTION = "reaction:";

    ReactionsBar(ChatMessage message, MessageActions actions) {
        super(new MigLayout("insets 0, gap 4 2, wrap 8"));
        setName(NAME);
        setOpaque(false);
        for (Reaction reaction : message.reactions()) {
            JButton button = Labels.asWritten(new JButton(reaction.emoji() + " " + reaction.count()));
            button.setName(REACTION + reaction.emoji());
            button.setFont(EmojiFont.sized(button.getFont().getSize2D() - 1));
            boolean mine = message.hasReacted(actions.me(), reaction.emoji());
            button.putClientProperty(FlatClientProperties.BUTTON_TYPE, FlatClientProperties.BUTTON_TYPE_ROUND_RECT);
            button.putClientProperty(FlatClientProperties.STYLE, "margin: 1,6,1,6"
                    + (mine ? "; background: $Component.accentColor; foreground: #ffffff" : ""));
            button.setToolTipText(ReactionsBar.reactors(reaction) + (mine ? " · click to take yours back" : ""));
            button.addActionListener(e -> actions.toggleReaction(message, reaction.emoji()));
            add(button);
        }
    }

    /** "alice, bob and 3 others reacted with 👍". */
    static String reactors(Reaction reaction) {
        String names = String.join(", ", reaction.logins());
        int others = reaction.count() - reaction.logins().size();
        return (others > 0 ? names + " and " + others + " more" : names) + " reacted with " + reaction.emoji();
    }
}
