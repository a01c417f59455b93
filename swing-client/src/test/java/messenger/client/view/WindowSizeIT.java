package messenger.client.view;

import static messenger.client.view.ClientWindow.labelText;
import static messenger.client.view.ClientWindow.onEdt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.awt.Component;
import java.awt.Dimension;
import java.awt.Rectangle;
import java.util.List;
import javax.swing.JComponent;
import messenger.client.model.LoginForm.Field;
import messenger.client.testing.RunningServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** What must be reachable is in view on common screens, and in reach at the window's minimum size. */
class WindowSizeIT extends GuiTest {

    @RegisterExtension
    static final RunningServer server = new RunningServer();

    private static final List<Dimension> COMMON_SIZES = List.of(new Dimension(800, 600), new Dimension(1280, 800));
    private static final Dimension MINIMUM = new Dimension(640, 480);

    @Test
    void theTallestLoginFormAndTheChatControlsAreFullyInViewAt800x600And1280x800() {
        for (Dimension size : COMMON_SIZES) {
            ClientWindow window = ClientWindow.sized(robot, server.address(), size);
            showTallestLoginForm(window);

            assertFullyInView(window, LoginScreen.SUBMIT_BUTTON, size);
            assertFullyInView(window, LoginScreen.SWITCH_MODE_BUTTON, size);

            window.fillIn(RunningServer.uniqueLogin("wide"), RunningServer.PASSWORD);
            window.type(LoginScreen.CONFIRMATION_FIELD, RunningServer.PASSWORD);
            window.type(LoginScreen.SERVER_FIELD, server.address());
            window.frame.checkBox(LoginScreen.TLS_CHECKBOX).uncheck();
            window.frame.button(LoginScreen.SUBMIT_BUTTON).click();
            window.awaitChat();

            for (String control : List.of(Composer.SEND_BUTTON, Composer.ATTACH_BUTTON, ChatScreen.SIGN_OUT_BUTTON)) {
                assertFullyInView(window, control, size);
            }
            window.frame.close();
        }
    }

    @Test
    void atTheMinimumSizeTheTallestLoginFormScrollsToItsSubmitButton() {
        ClientWindow window = ClientWindow.sized(robot, server.address(), MINIMUM);
        showTallestLoginForm(window);

        onEdt(() -> {
            JComponent submit = (JComponent) ClientWindow.find(window.frame.target(), LoginScreen.SUBMIT_BUTTON)
                    .orElseThrow();
            submit.scrollRectToVisible(new Rectangle(submit.getSize()));
            return null;
        });

        assertFullyInView(window, LoginScreen.SUBMIT_BUTTON, MINIMUM);
    }

    /**
     * Create account and TLS, the server's refusal (TLS to a server without it) under the form, then a
     * problem under every field.
     */
    private void showTallestLoginForm(ClientWindow window) {
        window.frame.button(LoginScreen.SWITCH_MODE_BUTTON).click();
        window.frame.checkBox(LoginScreen.TLS_CHECKBOX).check();
        window.fillIn(RunningServer.uniqueLogin("tall"), RunningServer.PASSWORD);
        window.type(LoginScreen.CONFIRMATION_FIELD, RunningServer.PASSWORD);
        window.frame.button(LoginScreen.SUBMIT_BUTTON).click();
        await().atMost(ClientWindow.PATIENCE).until(() ->
                !labelText(window.frame.target(), LoginScreen.FORM_PROBLEM).isEmpty());

        window.type(LoginScreen.SERVER_FIELD, "no port:here");
        window.type(LoginScreen.CERTIFICATE_FIELD, "/no/such/certificate.crt");
        window.fillIn("a b", "short");
        window.type(LoginScreen.CONFIRMATION_FIELD, "other");
        for (Field field : Field.values()) {
            assertThat(labelText(window.frame.target(), LoginScreen.problemLabelName(field))).as(field.name()).isNotEmpty();
        }
    }

    private static void assertFullyInView(ClientWindow window, String name, Dimension size) {
        Rectangle[] shown = onEdt(() -> {
            Component component = ClientWindow.find(window.frame.target(), name).orElseThrow();
            return new Rectangle[] {((JComponent) component).getVisibleRect(), new Rectangle(component.getSize())};
        });
        assertThat(shown[1].isEmpty()).as(name + " has a size").isFalse();
        assertThat(shown[0]).as(name + " in a window of " + size.width + "×" + size.height).isEqualTo(shown[1]);
    }
}
