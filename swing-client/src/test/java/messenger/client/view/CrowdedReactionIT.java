package messenger.client.view;

import static messenger.client.view.ClientWindow.onEdt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.util.List;
import javax.swing.JButton;
import messenger.client.testing.RunningServer;
import messenger.protocol.Message;
import messenger.protocol.ProtocolRules;
import messenger.protocol.client.MessengerClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A reaction shared by more people than the server lists is still the reader's to take back. */
class CrowdedReactionIT extends GuiTest {

    @RegisterExtension
    static final RunningServer server = new RunningServer();

    private static final String EMOJI = "👍";

    @Test
    void theReaderBeyondTheListedReactorsTakesTheirReactionBackWithOneClick() {
        String alice = RunningServer.uniqueLogin("alice");
        String text = "who is coming? " + alice;
        try (MessengerClient aliceElsewhere = server.signedIn(alice)) {
            long id = aliceElsewhere.send("ask-" + alice, text, null).id();
            for (int i = 0; i < ProtocolRules.REACTORS_SHOWN; i++) {
                try (MessengerClient reactor = server.signedIn(RunningServer.uniqueLogin("reactor"))) {
                    reactor.react(id, EMOJI);
                }
            }
            aliceElsewhere.react(id, EMOJI);
            assertThat(reaction(aliceElsewhere, id).logins()).as("the list is full without her")
                    .doesNotContain(alice);

            ClientWindow window = ClientWindow.open(robot, server.address());
            window.signIn(alice, RunningServer.PASSWORD);
            await().atMost(ClientWindow.PATIENCE).until(() -> buttonText(window, text).equals(EMOJI + " 21"));
            await().atMost(ClientWindow.PATIENCE).ignoreExceptionsInstanceOf(IllegalStateException.class)
                    .untilAsserted(() -> {
                        MessageRow row = window.storedRowShowing(text);
                        onEdt(() -> {
                            button(row).doClick();
                            return null;
                        });
                    });

            await().atMost(ClientWindow.PATIENCE).until(() -> buttonText(window, text).equals(EMOJI + " 20"));
            assertThat(reaction(aliceElsewhere, id).count()).as("taken back on the server")
                    .isEqualTo(ProtocolRules.REACTORS_SHOWN);
        }
    }

    private static Message.Reaction reaction(MessengerClient client, long id) {
        return client.history(null, 50).messages().stream().filter(message -> message.id() == id).findFirst()
                .orElseThrow().reactions().get(0);
    }

    /** The reaction's button under the row; to be called on the event thread. */
    private static JButton button(MessageRow row) {
        return (JButton) ClientWindow.find(row, ReactionsBar.REACTION + EMOJI)
                .orElseThrow(() -> new IllegalStateException("no reaction shown yet"));
    }

    private static String buttonText(ClientWindow window, String shown) {
        List<MessageRow> rows = window.rows();
        return onEdt(() -> rows.stream().filter(row -> ClientWindow.shownText(row).equals(shown))
                .flatMap(row -> ClientWindow.find(row, ReactionsBar.REACTION + EMOJI).stream())
                .map(button -> ((JButton) button).getText()).findFirst().orElse(""));
    }
}
