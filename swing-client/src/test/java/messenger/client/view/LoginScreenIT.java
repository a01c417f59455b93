package messenger.client.view;

import messenger.client.testing.RunningServer;
import static messenger.client.view.ClientWindow.labelText;
import static messenger.client.view.ClientWindow.onEdt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.awt.Component;
import java.awt.Cursor;
import java.awt.KeyboardFocusManager;
import java.awt.Rectangle;
import java.awt.font.TextAttribute;
import java.util.Arrays;
import java.util.prefs.Preferences;
import javax.swing.JButton;
import javax.swing.UIManager;
import messenger.client.ClientSettings;
import messenger.client.model.LoginChoices;
import messenger.client.model.LoginForm.Field;
import messenger.client.net.Device;
import messenger.protocol.ErrorCode;
import messenger.protocol.client.MessengerClient;
import messenger.protocol.client.MessengerException;
import messenger.testkit.TcpRelay;
import org.assertj.swing.fixture.JOptionPaneFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class LoginScreenIT extends GuiTest {

    @RegisterExtension
    static final RunningServer server = new RunningServer();

    @Test
    void badInputIsExplainedNextToEachField() {
        ClientWindow client = ClientWindow.open(robot, "localhost:99999");
        client.fillIn("a b", "short");

        client.frame.button(LoginScreen.SUBMIT_BUTTON).click();

        assertThat(labelText(client.frame.target(), LoginScreen.problemLabelName(Field.SERVER)))
                .isEqualTo("Write the address as host:port, with a port from 1 to 65535.");
        assertThat(labelText(client.frame.target(), LoginScreen.problemLabelName(Field.LOGIN)))
                .startsWith("A login has 3 to 32 characters");
        assertThat(labelText(client.frame.target(), LoginScreen.problemLabelName(Field.PASSWORD)))
                .isEqualTo("A password has 8 to 128 characters.");
        client.frame.button(LoginScreen.SUBMIT_BUTTON).requireEnabled();

        client.type(LoginScreen.LOGIN_FIELD, "");
        assertThat(labelText(client.frame.target(), LoginScreen.problemLabelName(Field.LOGIN)))
                .isEqualTo("Enter your login.");
    }

    /** A click aimed at a field must land in it, whichever mode the card is in and whatever it explains. */
    @Test
    void theCardKeepsItsPlaceAcrossModesAndProblemLinesAndCreateAnAccountStartsAtTheFirstField() {
        ClientWindow client = ClientWindow.open(robot, server.address());
        Rectangle signingIn = cardBounds(client);

        client.frame.button(LoginScreen.SWITCH_MODE_BUTTON).click();
        awaitFocusOn(LoginScreen.SERVER_FIELD);
        assertThat(cardBounds(client)).as("creating an account").isEqualTo(signingIn);

        client.frame.button(LoginScreen.SUBMIT_BUTTON).click();
        assertThat(labelText(client.frame.target(), LoginScreen.problemLabelName(Field.LOGIN)))
                .isEqualTo("Enter your login.");
        assertThat(cardBounds(client)).as("with problems shown").isEqualTo(signingIn);
        client.type(LoginScreen.LOGIN_FIELD, RunningServer.uniqueLogin("steady"));
        assertThat(labelText(client.frame.target(), LoginScreen.problemLabelName(Field.LOGIN))).isEmpty();
        assertThat(cardBounds(client)).as("after a problem cleared").isEqualTo(signingIn);

        client.frame.button(LoginScreen.SWITCH_MODE_BUTTON).click();
        awaitFocusOn(LoginScreen.PASSWORD_FIELD);
        assertThat(cardBounds(client)).as("back to signing in").isEqualTo(signingIn);
    }

    @Test
    void switchingModesLooksLikeALink() {
        ClientWindow client = ClientWindow.open(robot, server.address());

        JButton link = client.frame.button(LoginScreen.SWITCH_MODE_BUTTON).target();

        assertThat(onEdt(link::getCursor).getType()).isEqualTo(Cursor.HAND_CURSOR);
        assertThat(onEdt(link::getForeground)).isEqualTo(onEdt(() -> UIManager.getColor("Component.linkColor")));
        assertThat(underline(link)).isNull();
        robot.moveMouse(link);
        await().atMost(ClientWindow.PATIENCE).until(() -> TextAttribute.UNDERLINE_ON.equals(underline(link)));
    }

    private static Object underline(JButton button) {
        return onEdt(() -> button.getFont().getAttributes().get(TextAttribute.UNDERLINE));
    }

    private static Rectangle cardBounds(ClientWindow client) {
        return onEdt(() -> {
            Component card = ClientWindow.find(client.frame.target(), LoginScreen.CARD).orElseThrow();
            return new Rectangle(card.getLocationOnScreen(), card.getSize());
        });
    }

    private static void awaitFocusOn(String name) {
        await().atMost(ClientWindow.PATIENCE).until(() -> onEdt(() -> {
            Component owner = KeyboardFocusManager.getCurrentKeyboardFocusManager().getFocusOwner();
            return owner != null && name.equals(owner.getName());
        }));
    }

    /** Everything but the repeated password is right, so had the form been sent, the account would exist. */
    @Test
    void aFormThatFailsItsChecksSendsNothingToTheServer() {
        ClientWindow client = ClientWindow.open(robot, server.address());
        client.frame.button(LoginScreen.SWITCH_MODE_BUTTON).click();
        String never = RunningServer.uniqueLogin("never");
        client.fillIn(never, RunningServer.PASSWORD);
        client.type(LoginScreen.CONFIRMATION_FIELD, RunningServer.PASSWORD + "!");

        client.frame.button(LoginScreen.SUBMIT_BUTTON).click();

        assertThat(labelText(client.frame.target(), LoginScreen.problemLabelName(Field.CONFIRMATION)))
                .isEqualTo("The two passwords differ.");
        assertThat(labelText(client.frame.target(), LoginScreen.problemLabelName(Field.SERVER))).isEmpty();
        client.frame.button(LoginScreen.SUBMIT_BUTTON).requireEnabled();
        try (MessengerClient check = server.connect()) {
            assertThatThrownBy(() -> check.login(never, RunningServer.PASSWORD, null))
                    .isInstanceOfSatisfying(MessengerException.class,
                            e -> assertThat(e.code()).isEqualTo(ErrorCode.AUTH_FAILED));
        }
    }

    @Test
    void serverRefusalsAppearInPlainWords() {
        String taken = RunningServer.uniqueLogin("taken");
        try (MessengerClient existing = server.signedIn(taken)) {
            ClientWindow client = ClientWindow.open(robot, server.address());

            client.fillIn(RunningServer.uniqueLogin("nobody"), RunningServer.PASSWORD);
            client.frame.button(LoginScreen.SUBMIT_BUTTON).click();
            await().atMost(ClientWindow.PATIENCE).until(() ->
                    "Wrong login or password.".equals(labelText(client.frame.target(), LoginScreen.FORM_PROBLEM)));
            client.frame.button(LoginScreen.SUBMIT_BUTTON).requireEnabled();

            client.frame.button(LoginScreen.SWITCH_MODE_BUTTON).click();
            client.fillIn(taken, RunningServer.PASSWORD);
            client.type(LoginScreen.CONFIRMATION_FIELD, RunningServer.PASSWORD);
            client.frame.button(LoginScreen.SUBMIT_BUTTON).click();
            await().atMost(ClientWindow.PATIENCE).until(() -> "This login is already taken; choose another one."
                    .equals(labelText(client.frame.target(), LoginScreen.problemLabelName(Field.LOGIN))));
        }
    }

    /** The server's replies wait in a relay, so the form is seen while it waits, however fast the server is. */
    @Test
    void buttonsWaitWhileTheServerAnswersAndEnterSubmits() throws Exception {
        try (TcpRelay relay = new TcpRelay(server.port())) {
            ClientWindow client = ClientWindow.open(robot, relay.address());
            client.frame.button(LoginScreen.SWITCH_MODE_BUTTON).click();
            client.fillIn(RunningServer.uniqueLogin("patient"), RunningServer.PASSWORD);
            client.type(LoginScreen.CONFIRMATION_FIELD, RunningServer.PASSWORD);
            relay.holdReplies();

            client.frame.textBox(LoginScreen.CONFIRMATION_FIELD).pressAndReleaseKeys(java.awt.event.KeyEvent.VK_ENTER);

            client.frame.button(LoginScreen.SUBMIT_BUTTON).requireDisabled();
            client.frame.button(LoginScreen.SWITCH_MODE_BUTTON).requireDisabled();
            assertThat(labelText(client.frame.target(), LoginScreen.PROGRESS)).isEqualTo("Creating the account…");
            relay.restore();
            client.awaitChat();
        }
    }

    @Test
    void serverAndLoginAreRememberedButNeverThePassword() throws Exception {
        String login = RunningServer.uniqueLogin("remembered");
        ClientWindow first = ClientWindow.open(robot, server.address());
        first.doNotStaySignedIn();
        first.createAccount(login, RunningServer.PASSWORD);

        ClientWindow second = ClientWindow.open(robot, first.preferences);

        second.frame.textBox(LoginScreen.SERVER_FIELD).requireText(server.address());
        second.frame.textBox(LoginScreen.LOGIN_FIELD).requireText(login);
        second.frame.textBox(LoginScreen.PASSWORD_FIELD).requireEmpty();
        Preferences saved = first.preferences;
        assertThat(Arrays.stream(saved.keys()).map(key -> saved.get(key, "")))
                .doesNotContain(RunningServer.PASSWORD);
    }

    @Test
    void settingsThatCannotBeSavedAreWarnedAboutAndTheChatOpensAnyway() {
        String login = RunningServer.uniqueLogin("unsaved");
        server.signedIn(login).close();
        UnsavablePreferences preferences = new UnsavablePreferences();
        new ClientSettings(preferences).remember(new LoginChoices(server.address(), "", false, ""));
        preferences.failFromNowOn();
        ClientWindow client = ClientWindow.open(robot, preferences);

        client.signIn(login, RunningServer.PASSWORD);

        JOptionPaneFixture warning = ClientWindow.optionPane(robot);
        assertThat(warning.target().getMessage().toString()).contains("could not remember the server and login");
        client.requireCentredOnIt(warning.target());
        ClientWindow.answer(warning, JOptionPaneFixture::okButton);
        client.frame.button(ChatScreen.SIGN_OUT_BUTTON).requireEnabled();
    }

    @Test
    void signOutReturnsToTheLoginScreenAndRevokesTheDeviceToken() {
        String login = RunningServer.uniqueLogin("leaving");
        ClientWindow client = ClientWindow.open(robot, server.address());
        client.createAccount(login, RunningServer.PASSWORD);
        Device device = client.app.device().orElseThrow();

        client.frame.button(ChatScreen.SIGN_OUT_BUTTON).click();
        ClientWindow.answer(ClientWindow.optionPane(robot), pane -> pane.buttonWithText(SignOutDialog.CONFIRM));

        await().atMost(ClientWindow.PATIENCE).until(() ->
                ClientWindow.onEdt(() -> ClientWindow.find(client.frame.target(), LoginScreen.SUBMIT_BUTTON).isPresent()));
        client.frame.textBox(LoginScreen.LOGIN_FIELD).requireText(login);
        try (MessengerClient check = server.connect()) {
            assertThatThrownBy(() -> check.resume(device.token()))
                    .isInstanceOfSatisfying(MessengerException.class,
                            e -> assertThat(e.code()).isEqualTo(ErrorCode.AUTH_FAILED));
        }
    }
}
