package messenger.client.view;

import static messenger.client.view.ClientWindow.onEdt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.awt.event.KeyEvent;
import messenger.client.testing.RunningServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** What was written and not sent is there again after a restart, until it is sent. */
class DraftsIT extends GuiTest {

    @RegisterExtension
    static final RunningServer server = new RunningServer();

    @Test
    void aDraftOutlastsARestartAndGoesOnceSent() {
        String login = RunningServer.uniqueLogin("dora");
        String draft = "half a thought, to finish tomorrow " + login;
        ClientWindow first = ClientWindow.open(robot, server.address());
        first.doNotStaySignedIn();
        first.createAccount(login, RunningServer.PASSWORD);
        first.type(Composer.TEXT, draft);
        first.frame.close();

        ClientWindow second = restarted(first, login);
        await().atMost(ClientWindow.PATIENCE).until(() -> composerText(second).equals(draft));
        second.frame.textBox(Composer.TEXT).pressAndReleaseKeys(KeyEvent.VK_END).pressAndReleaseKeys(
                KeyEvent.VK_ENTER);
        second.storedRowShowing(draft);
        second.frame.close();

        ClientWindow third = restarted(second, login);
        third.storedRowShowing(draft);
        assertThat(composerText(third)).as("sent, the draft is gone").isEmpty();
    }

    private ClientWindow restarted(ClientWindow before, String login) {
        ClientWindow window = ClientWindow.open(robot, before.preferences);
        window.doNotStaySignedIn();
        window.signIn(login, RunningServer.PASSWORD);
        return window;
    }

    private static String composerText(ClientWindow window) {
        return onEdt(() -> window.frame.textBox(Composer.TEXT).target().getText());
    }
}
