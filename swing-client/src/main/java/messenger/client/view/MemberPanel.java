package messenger.client.view;

import com.formdev.flatlaf.FlatClientProperties;
import java.awt.Component;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import javax.swing.DefaultListCellRenderer;
import javax.swing.DefaultListModel;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTextField;
import javax.swing.ListSelectionModel;
import javax.swing.SwingUtilities;
import messenger.client.controller.PresenceController;
import messenger.client.controller.RoomsController;
import messenger.client.model.ConversationSummary;
import messenger.client.model.PresenceBook;
import messenger.protocol.Conversation;
import messenger.protocol.ErrorCode;
import messenger.protocol.Member;
import messenger.protocol.Presence;
import messenger.protocol.client.MessengerException;
import net.miginfocom.swing.MigLayout;

/**
 * The members of the open conversation beside its messages, each with a dot that says whether they are here: in a
 * room anyone may invite someone by login, the owner and admins may remove a member, and anyone may leave, except
 * in <i>general</i>, which every account belongs to for good. Loaded when shown and whenever the room's members or
 * the user's role change. Used on the event thread.
 */
final class MemberPanel extends JPanel {

    static final String LIST = "memberList";
    static final String INVITE_FIELD = "inviteLogin";
    static final String INVITE_BUTTON = "invite";
    static final String REMOVE_BUTTON = "removeMember";
    static final String LEAVE_BUTTON = "leaveRoom";
    static final String PROBLEM = "memberProblem";
    /** In points, so a problem wraps within the panel. */
    private static final int PROBLEM_WIDTH = 130;

    private final RoomsController rooms;
    private final String me;
    private final DefaultListModel<Member> members = new DefaultListModel<>();
    private final JList<Member> list = new JList<>(members);
    private final JTextField invite = new JTextField();
    private final JButton inviteButton = new JButton("Invite");
    private final JButton remove = new JButton("Remove");
    private final JButton leave = new JButton("Leave room");
    private final JLabel problem = Labels.problem(PROBLEM);
    private final JLabel more = Labels.small("");
    private final PresenceController presence;
    private ConversationSummary shown;

    MemberPanel(RoomsController rooms, String me, PresenceController presence, PresenceBook book, Clock clock) {
        super(new MigLayout("insets 8, hidemode 3, wrap 1, width 200!", "[grow,fill]", "[][grow,fill][][][][][]"));
        this.rooms = rooms;
        this.me = me;
        this.presence = presence;
        book.addListener(changed -> SwingUtilities.invokeLater(list::repaint));
        putClientProperty(FlatClientProperties.STYLE, "border: 0,1,0,0,$Component.borderColor");
        JLabel title = new JLabel("Members");
        title.putClientProperty(FlatClientProperties.STYLE, "font: bold");
        list.setName(LIST);
        list.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        list.setCellRenderer(new MemberCell(book, clock));
        list.addListSelectionListener(e -> showButtons());
        invite.setName(INVITE_FIELD);
        invite.putClientProperty(FlatClientProperties.PLACEHOLDER_TEXT, "Login");
        invite.setToolTipText("The login of someone to add to this room");
        invite.addActionListener(e -> invite());
        inviteButton.setName(INVITE_BUTTON);
        inviteButton.addActionListener(e -> invite());
        remove.setName(REMOVE_BUTTON);
        remove.addActionListener(e -> removeSelected());
        leave.setName(LEAVE_BUTTON);
        leave.addActionListener(e -> {
            problem.setText("");
            rooms.leave(shown.id(), this::failed);
        });
        add(title);
        add(new JScrollPane(list), "height 0:0");
        add(more);
        add(remove);
        add(invite, "split 2, growx");
        add(inviteButton);
        add(problem, "wmin 0");
        add(leave, "gaptop 8");
    }

    /**
     * Shows the members of this conversation: loaded anew when it is another one, or when its member count or
     * the user's role in it changed.
     */
    void show(ConversationSummary conversation) {
        boolean reload = shown == null || shown.id() != conversation.id() || shown.members() != conversation.members()
                || !shown.role().equals(conversation.role());
        if (shown == null || shown.id() != conversation.id()) {
            members.clear();
            problem.setText("");
            invite.setText("");
        }
        shown = conversation;
        boolean changesMembers = conversation.isRoom() && !conversation.isGeneral();
        invite.setVisible(changesMembers);
        inviteButton.setVisible(changesMembers);
        leave.setVisible(changesMembers);
        showButtons();
        if (reload) {
            reload();
        }
    }

    private void reload() {
        long loading = shown.id();
        rooms.members(loading, page -> {
            if (shown != null && shown.id() == loading) {
                members.clear();
                members.addAll(page.members());
                presence.lookUp(page.members().stream().map(Member::login).toList());
                more.setText(page.hasMore() ? "The first " + page.members().size() + " are listed." : "");
                showButtons();
            }
        }, this::failed);
    }

    private void invite() {
        String login = invite.getText().strip();
        if (login.isEmpty()) {
            return;
        }
        problem.setText("");
        rooms.invite(shown.id(), login, () -> {
            invite.setText("");
            reload();
        }, failure -> {
            if (failure instanceof MessengerException refused && refused.code() == ErrorCode.NOT_FOUND) {
                problem.setText(Labels.wrappedTo("Nobody is called " + login + ".", PROBLEM_WIDTH));
            } else {
                failed(failure);
            }
        });
    }

    private void removeSelected() {
        Member member = list.getSelectedValue();
        if (member != null) {
            problem.setText("");
            rooms.remove(shown.id(), member.login(), this::reload, this::failed);
        }
    }

    /** Remove is offered to the owner and admins, for a member other than themselves. */
    private void showButtons() {
        Member selected = list.getSelectedValue();
        remove.setVisible(shown != null && shown.isRoom() && !shown.isGeneral() && shown.canModerate());
        remove.setEnabled(selected != null && !selected.login().equalsIgnoreCase(me)
                && !Conversation.OWNER.equals(selected.role()));
    }

    private void failed(Throwable failure) {
        problem.setText(Labels.wrappedTo(Problems.describe(failure), PROBLEM_WIDTH));
    }

    /** A member's presence dot and login, and their role unless they are a plain member; the tooltip says more. */
    private static final class MemberCell extends DefaultListCellRenderer {
        private final PresenceBook book;
        private final Clock clock;

        MemberCell(PresenceBook book, Clock clock) {
            this.book = book;
            this.clock = clock;
        }

        @Override
        public Component getListCellRendererComponent(JList<?> list, Object value, int index, boolean selected,
                                                      boolean focused) {
            Member member = (Member) value;
            String text = Conversation.MEMBER.equals(member.role()) ? member.login()
                    : member.login() + " · " + member.role();
            super.getListCellRendererComponent(list, text, index, selected, focused);
            Optional<Presence> known = book.of(member.login());
            setIcon(PresenceDot.of(known));
            String said = PresenceDot.describe(known, clock);
            setToolTipText(said.isEmpty() ? null : member.login() + " is " + said);
            return this;
        }
    }
}
