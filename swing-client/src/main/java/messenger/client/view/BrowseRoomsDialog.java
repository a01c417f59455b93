package messenger.client.view;

import java.awt.Component;
import java.util.function.LongConsumer;
import messenger.client.controller.RoomsController;
import messenger.protocol.PublicRoom;

/**
 * The public rooms, narrowed down by the start of their names as one types; Join joins the chosen one and opens
 * it, Open opens one the user is in already.
 */
final class BrowseRoomsDialog {

    static final String NAME = "browseRoomsDialog";
    static final String FILTER_FIELD = "roomFilter";
    static final String LIST = "publicRooms";
    static final String JOIN_BUTTON = "joinRoom";
    static final String PROBLEM = "browseProblem";

    private static final SearchDialog.Look<PublicRoom> LOOK = new SearchDialog.Look<>("Browse rooms", NAME,
            FILTER_FIELD, LIST, JOIN_BUTTON, PROBLEM, "Start of a room's name",
            room -> room != null && room.joined() ? "Open" : "Join", BrowseRoomsDialog::describe,
            "No public room's name starts with this.");

    private BrowseRoomsDialog() {
    }

    /** {@code onJoined} opens the room joined. */
    static void show(Component parent, RoomsController rooms, LongConsumer onJoined) {
        SearchDialog.show(parent, LOOK, rooms::browse, (room, onDone, onFailed) -> rooms.join(room.id(), joined -> {
            onDone.run();
            onJoined.accept(joined.id());
        }, onFailed));
    }

    /** A room's name, its topic and how many are in it, and whether the user is one of them. */
    private static String describe(PublicRoom room) {
        StringBuilder text = new StringBuilder("# ").append(room.name());
        if (room.topic() != null && !room.topic().isEmpty()) {
            text.append(" — ").append(room.topic());
        }
        text.append(" · ").append(room.members()).append(room.members() == 1 ? " member" : " members");
        if (room.joined()) {
            text.append(" · joined");
        }
        return text.toString();
    }
}
