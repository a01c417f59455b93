package messenger.client.view;

import com.formdev.flatlaf.FlatClientProperties;
import java.awt.Color;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.time.Clock;
import java.time.LocalDate;
import java.util.function.IntSupplier;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;
import messenger.client.controller.ImagePreviews;
import messenger.client.model.ChatMessage;
import messenger.client.model.Delivery;
import net.miginfocom.swing.MigLayout;

/**
 * One message across the conversation's width: a bubble on the right for our own messages, on the left for
 * others'. The sender's name and avatar show only on the first message of a group, the day's heading only
 * above the first message of a day, the "New messages" line above the first unread one. A reply quotes the
 * message it answers, an edited message says so, a deleted one leaves a placeholder; reactions sit under the
 * bubble and "Seen by" under the newest message other members have read. One of ours that the server refused says
 * why, with <i>Try again</i> and <i>Discard</i> under it; its text stays in the bubble to copy.
 */
final class MessageRow extends JPanel {

    static final String NAME = "message";
    static final String SENDER = "messageSender";
    static final String TIME = "messageTime";
    static final String PROBLEM = "messageProblem";
    static final String TRY_AGAIN = "tryAgain";
    static final String DISCARD = "discard";
    static final String BUBBLE = "messageBubble";
    static final String DAY = "messageDay";
    static final String NEW_MESSAGES = "newMessagesLine";
    static final String DELETED = "messageDeleted";
    static final String SEEN_BY = "seenBy";
    static final String PENDING_TEXT = "sending…";
    static final String DELETED_TEXT = "message deleted";
    /** Before the time of a message whose text was changed. */
    static final String EDITED_MARK = "edited · ";

    /** The bubble's insets and the gap before the time. */
    private static final int BUBBLE_PADDING = 34;

    /** Room for the avatar and the gap after it, kept on the left of every other's message so bubbles align. */
    private static final int AVATAR_ROOM = Avatar.SIZE + 8;

    private final ChatMessage message;
    private boolean highlighted;

    MessageRow(ChatMessage message, RowPlacement placement, IntSupplier bubbleWidth, Clock clock,
               FileActions files, MessageText.LinkOpener links, MessageActions actions) {
        super(new MigLayout("insets 0, fillx, hidemode 3", placement.own() ? "push[]" : "[]push"));
        this.message = message;
        setName(NAME);
        setOpaque(false);
        boolean own = placement.own();
        boolean startsGroup = placement.startsGroup();
        if (placement.dayHeading() != null) {
            JLabel day = Labels.small(placement.dayHeading());
            day.setName(DAY);
            day.setHorizontalAlignment(JLabel.CENTER);
            add(day, "dock north, gaptop 12, gapbottom 4");
        }
        if (placement.firstUnread()) {
            JLabel line = new JLabel("New messages");
            line.setName(NEW_MESSAGES);
            line.setHorizontalAlignment(JLabel.CENTER);
            line.putClientProperty(FlatClientProperties.STYLE, "font: bold -1;"
                    + " foreground: $Component.error.focusedBorderColor;"
                    + " border: 0,0,1,0,$Component.error.focusedBorderColor");
            add(line, "dock north, gaptop 8, gapbottom 4");
        }
        Bubble bubble = new Bubble(own ? Palette.OWN_BUBBLE : Palette.OTHER_BUBBLE);
        bubble.setName(BUBBLE);
        JLabel time = Labels.small(message.delivery() == Delivery.PENDING ? PENDING_TEXT
                : Formats.time(message.at(), clock.getZone(), LocalDate.now(clock)));
        time.setName(TIME);
        time.setToolTipText(message.at().atZone(clock.getZone()).toString());

        JLabel sender = new JLabel(message.from());
        sender.setName(SENDER);
        sender.putClientProperty(FlatClientProperties.STYLE, "font: bold");
        sender.setVisible(startsGroup && !own);
        bubble.add(sender, "span 2, wrap");
        if (message.replyTo() != null) {
            bubble.add(new QuoteView(message.replyTo(), () -> actions.jumpTo(message.replyTo().id())),
                    "span 2, wmin 0, wrap");
        }
        IntSupplier textWidth = () -> bubbleWidth.getAsInt() - BUBBLE_PADDING - time.getPreferredSize().width;
        if (message.deleted()) {
            JLabel placeholder = new JLabel(DELETED_TEXT);
            placeholder.setName(DELETED);
            placeholder.putClientProperty(FlatClientProperties.STYLE, "font: italic;"
                    + " foreground: $Label.disabledForeground");
            bubble.add(placeholder);
        }
        if (message.text() != null) {
            MessageText text = new MessageText(message.text(), message.mentions(), actions.me(), textWidth, links);
            FileDropHandler.install(text, files::share);
            bubble.add(text);
        }
        if (message.file() != null) {
            bubble.add(new FileAttachmentView(message.file(), files), message.text() == null ? "" : "newline");
            if (files.canPreview(message.file())) {
                bubble.add(new ImagePreview(message.file(), files, ImagePreviews.WIDTH, ImagePreviews.HEIGHT),
                        "newline, gaptop 4");
            }
        }
        if (message.edited() && !message.deleted()) {
            time.setText(EDITED_MARK + time.getText());
        }
        bubble.add(time, "aligny bottom, wrap");
        if (message.delivery() == Delivery.FAILED) {
            JLabel problem = Labels.problem(PROBLEM);
            problem.setText("Not sent: " + message.problem());
            bubble.add(problem, "span 2, wmin 0, wrap");
            bubble.add(link(TRY_AGAIN, "Try again", "Send it once more", () -> actions.tryAgain(message)),
                    "span 2, split 2");
            bubble.add(link(DISCARD, "Discard", "Remove it from this computer; it is never sent",
                    () -> actions.discard(message)));
        }
        MessageMenu.install(bubble, message, files, actions);
        String gapTop = "gaptop " + (startsGroup ? 8 : 0);
        if (own) {
            add(bubble, gapTop + ", wrap");
        } else if (startsGroup) {
            add(new Avatar(message.from()), "split 2, aligny top, gapright 8, " + gapTop);
            add(bubble, gapTop + ", wrap");
        } else {
            add(bubble, "gapleft " + AVATAR_ROOM + ", wrap");
        }
        String under = own ? "align right" : "gapleft " + AVATAR_ROOM;
        if (!message.reactions().isEmpty()) {
            add(new ReactionsBar(message, actions), under + ", gaptop 2, wrap");
        }
        if (!message.seenBy().isEmpty()) {
            JLabel seen = Labels.small("Seen by " + String.join(", ", message.seenBy()));
            seen.setName(SEEN_BY);
            add(seen, under + ", gaptop 1");
        }
    }

    /** A small borderless button that reads like a link, in the bubble. */
    private static JButton link(String name, String text, String tip, Runnable action) {
        JButton button = new JButton(text);
        button.setName(name);
        button.setToolTipText(tip);
        button.putClientProperty(FlatClientProperties.BUTTON_TYPE, FlatClientProperties.BUTTON_TYPE_BORDERLESS);
        button.putClientProperty(FlatClientProperties.STYLE, "font: -1; margin: 0,4,0,4");
        button.addActionListener(e -> {
            button.setEnabled(false);
            action.run();
        });
        return button;
    }

    ChatMessage message() {
        return message;
    }

    /** Shows the row lit up (after a jump to it) or as usual again. */
    void highlight(boolean on) {
        highlighted = on;
        setOpaque(on);
        setBackground(Palette.HIGHLIGHT);
        repaint();
    }

    boolean isHighlighted() {
        return highlighted;
    }

    /** A panel with rounded corners in the given colour. */
    private static final class Bubble extends JPanel {
        private final Color color;

        Bubble(Color color) {
            super(new MigLayout("insets 6 12 6 12, gap 10 2, hidemode 3", "[grow,fill][]"));
            this.color = color;
            setOpaque(false);
        }

        @Override
        protected void paintComponent(Graphics g) {
            Graphics2D g2 = (Graphics2D) g.create();
            g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g2.setColor(color);
            g2.fillRoundRect(0, 0, getWidth() - 1, getHeight() - 1, 16, 16);
            g2.setColor(Palette.BUBBLE_EDGE);
            g2.drawRoundRect(0, 0, getWidth() - 1, getHeight() - 1, 16, 16);
            g2.dispose();
        }
    }
}
