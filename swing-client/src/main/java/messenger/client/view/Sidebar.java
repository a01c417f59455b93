package messenger.client.view;

import com.formdev.flatlaf.FlatClientProperties;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import javax.swing.BorderFactory;
import javax.swing.DefaultListModel;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.ListSelectionModel;
import javax.swing.SwingUtilities;
import messenger.client.model.ConversationDirectory;
import messenger.client.model.ConversationSummary;
import messenger.client.model.NotSent;
import messenger.client.model.PresenceBook;
import net.miginfocom.swing.MigLayout;

/**
 * The user's conversations down the left side, rooms and direct messages apart, each most recently active first,
 * with the ways to start or find more. Selecting one opens it; only the open one is selected. The people of the
 * direct conversations are asked about once and followed from then on. Used on the event thread.
 */
final class Sidebar extends JPanel {

    static final String ROOMS = "rooms";
    static final String DIRECTS = "directs";
    static final String NEW_ROOM_BUTTON = "newRoom";
    static final String BROWSE_BUTTON = "browseRooms";
    static final String NEW_DIRECT_BUTTON = "newDirect";

    /** What the buttons of the sidebar start. */
    interface Actions {
        void open(long conversation);

        void newRoom();

        void browseRooms();

        void newDirect();
    }

    private final JList<ConversationSummary> rooms;
    private final JList<ConversationSummary> directs;
    private final LongConsumer onOpen;
    private final Consumer<List<String>> lookUp;
    private long open = -1;
    private boolean showing;

    /** {@code lookUp} asks whether these people are here, the answers going into {@code presence}. */
    Sidebar(Actions actions, PresenceBook presence, NotSent notSent, Consumer<List<String>> lookUp, Clock clock) {
        super(new MigLayout("fill, insets 0, gap 0, wrap 1", "[grow,fill]", "[grow,fill][][][]"));
        this.onOpen = actions::open;
        this.lookUp = lookUp;
        rooms = list(ROOMS, new SidebarCell(presence, notSent, clock));
        directs = list(DIRECTS, new SidebarCell(presence, notSent, clock));
        presence.addListener(changed -> SwingUtilities.invokeLater(directs::repaint));
        notSent.addListener(() -> SwingUtilities.invokeLater(() -> {
            rooms.repaint();
            directs.repaint();
        }));
        JPanel content = new JPanel(new MigLayout("insets 8 0 8 0, gap 0, wrap 1", "[grow,fill]"));
        content.add(heading("Rooms"));
        content.add(rooms, "gapbottom 12");
        content.add(heading("Direct messages"));
        content.add(directs);
        content.setBackground(rooms.getBackground());
        JScrollPane scroll = new JScrollPane(content);
        scroll.setBorder(BorderFactory.createEmptyBorder());
        scroll.getVerticalScrollBar().setUnitIncrement(16);
        putClientProperty(FlatClientProperties.STYLE, "border: 0,0,0,1,$Component.borderColor");
        add(scroll, "height 0:0");
        add(button("New room…", NEW_ROOM_BUTTON, "Create a room", actions::newRoom), "gaptop 4");
        add(button("Browse rooms…", BROWSE_BUTTON, "Find public rooms and join them", actions::browseRooms));
        add(button("New direct message…", NEW_DIRECT_BUTTON, "Write to one person", actions::newDirect),
                "gapbottom 4");
    }

    /** Shows the conversations as they are now, the open one selected. */
    void show(ConversationDirectory.Snapshot snapshot) {
        showing = true;
        try {
            replace(rooms, snapshot.rooms());
            replace(directs, snapshot.directs());
            select(open);
            lookUp.accept(snapshot.directs().stream().map(ConversationSummary::name).toList());
        } finally {
            showing = false;
        }
    }

    /** Marks the conversation that is open now. */
    void select(long conversation) {
        open = conversation;
        showing = true;
        try {
            selectIn(rooms, conversation);
            selectIn(directs, conversation);
        } finally {
            showing = false;
        }
    }

    private JList<ConversationSummary> list(String name, SidebarCell cell) {
        JList<ConversationSummary> list = new JList<>(new DefaultListModel<>());
        list.setName(name);
        list.setCellRenderer(cell);
        list.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        list.addListSelectionListener(e -> {
            ConversationSummary chosen = list.getSelectedValue();
            if (!showing && !e.getValueIsAdjusting() && chosen != null && chosen.id() != open) {
                onOpen.accept(chosen.id());
            }
        });
        return list;
    }

    private static void replace(JList<ConversationSummary> list, List<ConversationSummary> conversations) {
        DefaultListModel<ConversationSummary> model = (DefaultListModel<ConversationSummary>) list.getModel();
        model.clear();
        model.addAll(conversations);
    }

    private static void selectIn(JList<ConversationSummary> list, long conversation) {
        for (int i = 0; i < list.getModel().getSize(); i++) {
            if (list.getModel().getElementAt(i).id() == conversation) {
                list.setSelectedIndex(i);
                return;
            }
        }
        list.clearSelection();
    }

    private static JLabel heading(String title) {
        JLabel heading = Labels.styledSmall(new JLabel(title.toUpperCase(Locale.ROOT)));
        heading.setBorder(BorderFactory.createEmptyBorder(0, 12, 4, 0));
        return heading;
    }

    private static JButton button(String text, String name, String tip, Runnable action) {
        JButton button = new JButton(text);
        button.setName(name);
        button.setToolTipText(tip);
        button.putClientProperty(FlatClientProperties.BUTTON_TYPE, FlatClientProperties.BUTTON_TYPE_BORDERLESS);
        button.setHorizontalAlignment(JButton.LEADING);
        button.addActionListener(e -> action.run());
        return button;
    }
}
