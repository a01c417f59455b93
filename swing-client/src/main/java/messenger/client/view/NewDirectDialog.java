package messenger.client.view;

import java.awt.Component;
import java.util.function.Function;
import java.util.function.LongConsumer;
import messenger.client.controller.PeopleController;

/**
 * Starts (or finds) the direct conversation with someone: the logins that start with what is typed show as one
 * types; Open opens the conversation with the chosen one.
 */
final class NewDirectDialog {

    static final String NAME = "newDirectDialog";
    static final String SEARCH_FIELD = "userSearch";
    static final String LIST = "foundUsers";
    static final String OPEN_BUTTON = "openDirect";
    static final String PROBLEM = "newDirectProblem";

    private static final SearchDialog.Look<String> LOOK = new SearchDialog.Look<>("New direct message", NAME,
            SEARCH_FIELD, LIST, OPEN_BUTTON, PROBLEM, "Start of a login", login -> "Open", Function.identity(),
            "No one's login starts with this.");

    private NewDirectDialog() {
    }

    /** {@code onOpened} opens the direct conversation. */
    static void show(Component parent, PeopleController people, LongConsumer onOpened) {
        SearchDialog.show(parent, LOOK, people::find, (login, onDone, onFailed) -> people.openDirect(login, direct -> {
            onDone.run();
            onOpened.accept(direct.id());
        }, onFailed));
    }
}
