package messenger.client.view;

import java.awt.CardLayout;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import javax.swing.BorderFactory;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.SwingUtilities;
import messenger.client.controller.ConversationController;
import messenger.client.controller.Controllers;
import messenger.client.controller.ReadController;
import messenger.client.controller.RoomsController;
import messenger.client.model.ChatMessage;
import messenger.client.model.ConnectionStatus;
import messenger.client.model.Conversation;
import messenger.client.model.ConversationSummary;
import messenger.client.model.Drafts;
import messenger.client.model.OthersNow;
import messenger.client.model.PresenceBook;
import messenger.client.model.Transfers;
import messenger.protocol.Presence;
import net.miginfocom.swing.MigLayout;

/**
 * The open conversation: its header, a notice when there is one, its messages, who is typing, the member list
 * when asked for, the uploads and the composer. Each conversation opened lately keeps its own message view, so
 * switching back finds it scrolled where it was; the composer keeps what was written in each. What the reader does
 * to a message (reply, react, edit, delete, go to the original of a reply, try a refused one again or discard it)
 * starts here. Used on the event thread.
 */
final class ConversationPane extends JPanel {

    static final String NOTICE = "conversationNotice";

    private final ConversationController conversations;
    private final ReadController reading;
    private final Controllers controllers;
    private final PresenceBook presence;
    private final PresenceBook.Listener onPresence = changed -> SwingUtilities.invokeLater(this::showHeader);
    private final TypingLine typing;
    private final String me;
    private final ConnectionStatus status;
    private final Clock clock;
    private final FileActions files;
    private final MessageText.LinkOpener links;
    private final ConversationHeader header = new ConversationHeader(this::showMembers, this::setLevel);
    private final JLabel notice = Labels.problem(NOTICE);
    private final CardLayout cardLayout = new CardLayout();
    private final JPanel cards = new JPanel(cardLayout);
    private final Map<Long, Shown> views = new HashMap<>();
    private final MemberPanel members;
    private final UploadsView uploads;
    private final Composer composer;
    private final Drafts drafts;
    private ConversationSummary open;

    ConversationPane(Controllers controllers, String me, ConnectionStatus status, Transfers transfers,
                     OthersNow others, Clock clock, FileActions files, MessageText.LinkOpener links,
                     Runnable onAttach) {
        super(new MigLayout("fill, insets 0, gap 0, hidemode 3", "[grow,fill][]", "[][][grow,fill][][][]"));
        this.conversations = controllers.conversations();
        this.reading = controllers.reading();
        this.controllers = controllers;
        this.drafts = new Drafts(controllers.drafts(), controllers.drafts().kept());
        this.presence = others.presence();
        this.me = me;
        typing = new TypingLine(others.typists(), clock);
        this.status = status;
        this.clock = clock;
        this.files = files;
        this.links = links;
        RoomsController rooms = controllers.rooms();
        members = new MemberPanel(rooms, me, controllers.presence(), others.presence(), clock);
        members.setVisible(false);
        uploads = new UploadsView(transfers);
        composer = new Composer(new Composer.Actions() {
            @Override
            public void send(String text, ChatMessage replyTo) {
                if (open != null) {
                    conversations.reply(open.id(), text, replyTo);
                    drafts.forget(open.id());
                }
            }

            @Override
            public void saveEdit(ChatMessage message, String text, Runnable onSaved) {
                controllers.messages().edit(message, text, onSaved, refused("Not edited"));
            }

            @Override
            public void editLast() {
                shownView().flatMap(view -> view.lastEditableBy(me)).ifPresent(composer::edit);
            }

            @Override
            public void typed() {
                if (open != null) {
                    conversations.typed(open.id());
                }
            }
        }, onAttach);
        notice.setBorder(BorderFactory.createEmptyBorder(4, 12, 4, 12));
        notice.setVisible(false);
        // in cells of their own: hidden ones take none, and their neighbours must not move into it
        add(header, "cell 0 0 2 1, growx");
        add(notice, "cell 0 1 2 1, growx, wmin 0");
        // the messages take the height the others leave; asked for their own, they would squeeze them
        add(cards, "cell 0 2, grow, height 0:0");
        add(members, "cell 1 2, growy, height 0:0");
        add(typing.component(), "cell 0 3, growx, wmin 0");
        add(uploads, "cell 0 4 2 1, growx");
        add(composer, "cell 0 5 2 1, growx");
        presence.addListener(onPresence);
        conversations.onForgotten(id -> SwingUtilities.invokeLater(() -> {
            if (id != openId()) {
                dropView(id);
            }
        }));
    }

    /** The id of the conversation on screen, -1 when there is none (before the first, after losing it). */
    long openId() {
        return open == null ? -1 : open.id();
    }

    JComponent textArea() {
        return composer.textArea();
    }

    /** Puts this conversation on screen, as it was left; the one on screen before keeps its draft. */
    void open(ConversationSummary conversation) {
        if (open != null && open.id() == conversation.id()) {
            update(conversation);
            return;
        }
        if (open != null) {
            drafts.keep(open.id(), composer.draft());
        }
        open = conversation;
        Conversation messages = conversations.open(conversation.id());
        Shown shown = views.get(conversation.id());
        if (shown == null || shown.messages() != messages) {
            dropView(conversation.id());
            shown = createView(conversation.id(), messages);
        }
        ConversationView view = shown.view();
        if (conversation.isUnread()) {
            // the line stays where it was until there is something new to mark: a read conversation keeps its place
            view.openAtFirstUnread(conversation.readUpTo());
        }
        cardLayout.show(cards, key(conversation.id()));
        composer.restore(drafts.of(conversation.id()));
        showNotice("");
        update(conversation);
        typing.follow(conversation.id());
        controllers.receipts().load(conversation.id(), messages);
        if (!conversation.isRoom()) {
            controllers.presence().lookUp(List.of(conversation.name()));
        }
        reading.opened(conversation.id(), view.isReaderAtEnd());
        composer.textArea().requestFocusInWindow();
    }

    /**
     * Scrolls to message {@code id} of the open conversation, loading the page around it first when it is not
     * loaded (from the server, or this computer's cache while offline), and lights it up until the next click.
     */
    void showFound(long id) {
        if (open != null && views.containsKey(open.id())) {
            Shown shown = views.get(open.id());
            Conversation messages = shown.messages();
            ConversationView view = shown.view();
            if (!view.showFoundMessage(id)) {
                // the rows loaded reach the view through the model's listener, on the event thread before this
                conversations.loadAround(open.id(), messages, id, found -> {
                    if (!found || !view.showFoundMessage(id)) {
                        showNotice("The message found is no longer in its conversation.");
                    }
                }, refused("The message found did not load"));
            }
        }
    }

    /** The open conversation changed (its name, topic, members, the user's role). */
    void update(ConversationSummary conversation) {
        open = conversation;
        showHeader();
        if (members.isVisible()) {
            members.show(conversation);
        }
    }

    /** The user is no longer in this conversation: its view and draft go, and it is no longer the open one. */
    void lost(long conversation) {
        if (openId() == conversation) {
            open = null;
        }
        drafts.forget(conversation);
        dropView(conversation);
    }

    /** A line above the messages, about something that happened; empty hides it. */
    void showNotice(String text) {
        notice.setText(text);
        notice.setVisible(!text.isEmpty());
    }

    /** Leaves the screen (signing out, closing the window): the open conversation's draft is kept. */
    void detach() {
        if (open != null) {
            drafts.keep(open.id(), composer.draft());
        }
        views.values().forEach(shown -> shown.view().detach());
        uploads.detach();
        typing.detach();
        presence.removeListener(onPresence);
    }

    private void showHeader() {
        if (open == null) {
            return;
        }
        Optional<Presence> other = open.isRoom() ? Optional.empty() : presence.of(open.name());
        header.show(open, PresenceDot.of(other), PresenceDot.describe(other, clock));
    }

    private void setLevel(String level) {
        if (open != null) {
            controllers.notifications().setLevel(open.id(), level, refused("Notifications not changed"));
        }
    }

    /** What the server refused, said above the messages: {@code what} did not happen, and why. */
    private Consumer<Throwable> refused(String what) {
        return failure -> showNotice(what + ": " + Problems.describe(failure));
    }

    private Optional<ConversationView> shownView() {
        return Optional.ofNullable(open).map(conversation -> views.get(conversation.id())).map(Shown::view);
    }

    private Shown createView(long id, Conversation messages) {
        // the view takes the actions, and jumping to an original needs the view: it is filled in below
        ConversationView[] created = new ConversationView[1];
        MessageActions actions = new MessageActions() {
            @Override
            public void reply(ChatMessage message) {
                composer.replyTo(message);
            }

            @Override
            public void toggleReaction(ChatMessage message, String emoji) {
                controllers.messages().toggleReaction(message, emoji, refused("Reaction not changed"));
            }

            @Override
            public void edit(ChatMessage message) {
                composer.edit(message);
            }

            @Override
            public void delete(ChatMessage message) {
                controllers.messages().delete(message, refused("Not deleted"));
            }

            @Override
            public void jumpTo(long original) {
                reach(id, messages, created[0], original, "The message this answers is too far back to show.",
                        "The message this answers did not load");
            }

            @Override
            public void tryAgain(ChatMessage failed) {
                conversations.tryAgain(id, failed);
            }

            @Override
            public void discard(ChatMessage failed) {
                conversations.discard(id, failed);
            }

            @Override
            public boolean canDelete(ChatMessage message) {
                return message.isFrom(me) || open != null && open.id() == id && open.isRoom() && open.canModerate();
            }

            @Override
            public String me() {
                return me;
            }
        };
        ConversationView view = new ConversationView(messages, status,
                (onLoaded, onFailed) -> conversations.loadOlder(id, messages, onLoaded, onFailed),
                new ConversationView.NewerPages() {
                    @Override
                    public void next(Runnable onLoaded, Consumer<Throwable> onFailed) {
                        conversations.loadNewer(id, messages, onLoaded, onFailed);
                    }

                    @Override
                    public void latest(Runnable onLoaded, Consumer<Throwable> onFailed) {
                        conversations.loadLatest(id, messages, onLoaded, onFailed);
                    }
                },
                new ConversationView.Reader() {
                    @Override
                    public void atEnd(boolean atEnd) {
                        reading.atEnd(id, atEnd);
                    }

                    @Override
                    public void shown() {
                        reading.shown(id);
                    }
                }, clock, files, links, actions);
        created[0] = view;
        cards.add(view, key(id));
        Shown shown = new Shown(messages, view);
        views.put(id, shown);
        return shown;
    }

    /** Scrolls to message {@code target}, loading older pages up to it first when needed, and lights it up. */
    private void reach(long id, Conversation messages, ConversationView view, long target, String tooFar,
                       String didNotLoad) {
        if (!view.showMessage(target)) {
            // the rows loaded reach the view through the model's listener, on the event thread before this
            controllers.messages().loadUpTo(id, messages, target, found -> {
                if (!found || !view.showMessage(target)) {
                    showNotice(tooFar);
                }
            }, refused(didNotLoad));
        }
    }

    /** Forgets a conversation's view (its messages were forgotten); the open one is never forgotten. */
    private void dropView(long id) {
        Shown shown = views.remove(id);
        if (shown != null) {
            shown.view().detach();
            cards.remove(shown.view());
        }
    }

    private void showMembers(boolean shown) {
        members.setVisible(shown);
        if (shown && open != null) {
            members.show(open);
        }
        revalidate();
    }

    private static String key(long id) {
        return Long.toString(id);
    }

    /** A conversation's view and the messages it shows. */
    private record Shown(Conversation messages, ConversationView view) {
    }
}
