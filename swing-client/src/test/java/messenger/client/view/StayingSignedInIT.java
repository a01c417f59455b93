package messenger.client.view;

import static messenger.client.view.ClientWindow.onEdt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.UUID;
import messenger.client.testing.RunningServer;
import messenger.protocol.Message;
import messenger.protocol.client.MessengerClient;
import org.junit.jupiter.api.Test;

/**
 * A client that stays signed in on this computer: the next start shows the last account's conversation before the
 * server answers, without the password, and catches up once it is reached; a token the server refuses leads back
 * to the sign-in form. The server is "down" behind a relay that refuses every connection.
 */
class StayingSignedInIT extends RelayedGuiTest {

    private static final String KEPT_TOKEN = "device-token";

    @Test
    void theNextStartShowsTheConversationWithoutTheServerAndCatchesUpOnceItIsBack() throws Exception {
        String login = RunningServer.uniqueLogin("stella");
        String before = "before the outage " + login;
        ClientWindow first = ClientWindow.open(robot, relay.address());
        first.createAccount(login, RunningServer.PASSWORD);
        first.send(before);
        first.storedRowShowing(before);
        Path token = ClientWindow.accountFolder(login).resolve(KEPT_TOKEN);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(token))).isEqualTo("rw-------");
        first.frame.close();

        relay.cut();
        ClientWindow offline = ClientWindow.open(robot, first.preferences);

        offline.awaitShown(before);
        assertThat(offline.connectionState()).isIn("Reconnecting", "Connecting");
        assertThat(onEdt(() -> ClientWindow.find(offline.frame.target(), LoginScreen.SUBMIT_BUTTON))).isEmpty();
        String writtenOffline = "written offline " + login;
        offline.send(writtenOffline);
        offline.awaitShown(writtenOffline);
        String missed = "said while " + login + " was away";
        try (MessengerClient other = server.signedIn(RunningServer.uniqueLogin("otto"))) {
            other.send(UUID.randomUUID().toString(), missed, null);

            relay.restore();

            offline.awaitConnected();
            offline.storedRowShowing(writtenOffline);
            offline.storedRowShowing(missed);
            await().atMost(ClientWindow.PATIENCE).untilAsserted(() -> assertThat(other.history(null, 50).messages())
                    .extracting(Message::text).containsOnlyOnce(writtenOffline));
        }
    }

    @Test
    void aTokenTheServerRefusesLeadsBackToTheSignInFormAndKeepsTheCache() throws Exception {
        String login = RunningServer.uniqueLogin("rufus");
        ClientWindow first = ClientWindow.open(robot, server.address());
        first.createAccount(login, RunningServer.PASSWORD);
        String token = first.app.device().orElseThrow().token();
        first.frame.close();
        try (MessengerClient elsewhere = server.connect()) {
            elsewhere.resume(token);
            elsewhere.logout();
        }

        ClientWindow again = ClientWindow.open(robot, first.preferences);

        await().atMost(ClientWindow.PATIENCE).until(() ->
                onEdt(() -> ClientWindow.find(again.frame.target(), LoginScreen.NOTICE).isPresent()));
        assertThat(ClientWindow.labelText(again.frame.target(), LoginScreen.NOTICE))
                .contains("no longer accepts");
        again.frame.textBox(LoginScreen.LOGIN_FIELD).requireText(login);
        Path folder = ClientWindow.accountFolder(login);
        await().atMost(ClientWindow.PATIENCE).untilAsserted(() -> assertThat(folder.resolve(KEPT_TOKEN)).doesNotExist());
        assertThat(folder.resolve("cache.db")).exists();
    }

    @Test
    void signingOutForgetsTheKeptSignIn() throws Exception {
        String login = RunningServer.uniqueLogin("sofia");
        ClientWindow client = ClientWindow.open(robot, server.address());
        client.createAccount(login, RunningServer.PASSWORD);
        Path token = ClientWindow.accountFolder(login).resolve(KEPT_TOKEN);
        assertThat(token).exists();

        client.frame.button(ChatScreen.SIGN_OUT_BUTTON).click();
        ClientWindow.answer(ClientWindow.optionPane(robot), pane -> pane.buttonWithText(SignOutDialog.CONFIRM));

        await().atMost(ClientWindow.PATIENCE).untilAsserted(() -> assertThat(token).doesNotExist());
        await().atMost(ClientWindow.PATIENCE).until(() ->
                onEdt(() -> ClientWindow.find(client.frame.target(), LoginScreen.SUBMIT_BUTTON).isPresent()));
        assertThat(token.resolveSibling("cache.db")).exists();
        ClientWindow next = ClientWindow.open(robot, client.preferences);
        next.frame.textBox(LoginScreen.LOGIN_FIELD).requireText(login);
    }
}
