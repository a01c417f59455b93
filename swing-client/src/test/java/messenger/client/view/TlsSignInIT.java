package messenger.client.view;

import static messenger.client.view.ClientWindow.labelText;
import static messenger.client.view.ClientWindow.onEdt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.awt.Rectangle;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import javax.swing.JComponent;
import messenger.client.model.LoginForm.Field;
import messenger.client.testing.RunningServer;
import messenger.protocol.Message;
import messenger.protocol.client.MessengerClient;
import messenger.protocol.client.Tls;
import messenger.testkit.TestCertificate;
import messenger.testkit.TlsServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The client against a server with TLS on, its certificate made for "localhost" by keytool for this run. */
class TlsSignInIT extends GuiTest {

    private static final String NOT_TRUSTED = "The server's certificate is not trusted";

    @RegisterExtension
    static final RunningServer plainServer = new RunningServer();

    private static Path work;
    private static TlsServer server;

    @BeforeAll
    static void startATlsServer() throws IOException {
        work = Path.of("target", "it-tls-" + System.nanoTime()).toAbsolutePath();
        server = TlsServer.start(work, RunningServer::start);
    }

    @AfterAll
    static void stopServer() throws InterruptedException {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void withTheServersCertificateChatAndFilesGoOverTlsAndTheChoiceIsRemembered() throws Exception {
        String login = RunningServer.uniqueLogin("tls");
        Path file = Files.writeString(work.resolve("notes-" + System.nanoTime() + ".txt"), "sent over TLS",
                StandardCharsets.UTF_8);
        ClientWindow client = ClientWindow.open(robot, server.address());

        useTls(client, server.certificate());
        client.doNotStaySignedIn();
        client.createAccount(login, RunningServer.PASSWORD);
        client.send("hello over TLS");
        client.attach(file);

        client.awaitShown("hello over TLS", file.getFileName().toString());
        try (MessengerClient check = MessengerClient.connect("localhost", server.port(),
                Tls.trusting(server.certificate().certificate()), null, Duration.ofSeconds(30))) {
            check.login(login, RunningServer.PASSWORD, "check");
            await().atMost(ClientWindow.PATIENCE).untilAsserted(() -> {
                List<Message> messages = check.history(null, 10).messages();
                assertThat(messages).extracting(Message::text).contains("hello over TLS");
                assertThat(messages).filteredOn(message -> message.file() != null).singleElement()
                        .satisfies(message -> assertThat(message.file().size()).isEqualTo(Files.size(file)));
            });
        }

        ClientWindow again = ClientWindow.open(robot, client.preferences);
        again.frame.checkBox(LoginScreen.TLS_CHECKBOX).requireSelected();
        again.frame.textBox(LoginScreen.CERTIFICATE_FIELD).requireText(server.certificate().certificate().toString());
    }

    @Test
    void anotherCertificateOrHostNameIsExplainedUnderTheForm() {
        ClientWindow client = ClientWindow.open(robot, server.address());
        useTls(client, server.otherCertificate());
        client.fillIn(RunningServer.uniqueLogin("mallory"), RunningServer.PASSWORD);

        client.frame.button(LoginScreen.SUBMIT_BUTTON).click();
        awaitFormProblem(client, NOT_TRUSTED);
        client.frame.button(LoginScreen.SUBMIT_BUTTON).requireEnabled();

        client.type(LoginScreen.SERVER_FIELD, "127.0.0.1:" + server.port());
        client.type(LoginScreen.CERTIFICATE_FIELD, server.certificate().certificate().toString());
        client.frame.button(LoginScreen.SUBMIT_BUTTON).click();
        awaitFormProblem(client, NOT_TRUSTED);
        assertThat(labelText(client.frame.target(), LoginScreen.FORM_PROBLEM)).contains("another host name");
    }

    @Test
    void tlsToAServerWithoutItSaysSoFirst() {
        ClientWindow client = ClientWindow.open(robot, plainServer.address());
        client.frame.checkBox(LoginScreen.TLS_CHECKBOX).check();
        client.fillIn(RunningServer.uniqueLogin("plain"), RunningServer.PASSWORD);

        client.frame.button(LoginScreen.SUBMIT_BUTTON).click();

        awaitFormProblem(client, "The server does not seem to use TLS: ");
    }

    @Test
    void theCertificateHintIsFullyInViewAtTheDefaultWindowSize() {
        ClientWindow client = ClientWindow.sized(robot, server.address(), MainWindow.PREFERRED);

        client.frame.checkBox(LoginScreen.TLS_CHECKBOX).check();

        // the hint is added and laid out after the tick, on the event thread
        await().atMost(ClientWindow.PATIENCE).untilAsserted(() -> {
            Rectangle[] hint = onEdt(() -> {
                JComponent label = (JComponent) ClientWindow.find(client.frame.target(),
                        LoginScreen.CERTIFICATE_HINT).orElseThrow(() -> new AssertionError("no certificate hint yet"));
                return new Rectangle[] {label.getVisibleRect(), new Rectangle(label.getSize()),
                        new Rectangle(label.getPreferredSize())};
            });
            assertThat(hint[0]).as("in view").isEqualTo(hint[1]);
            assertThat(hint[1].width).as("as wide as its text").isGreaterThanOrEqualTo(hint[2].width);
            assertThat(hint[1].height).as("as tall as its lines").isGreaterThanOrEqualTo(hint[2].height);
        });
        assertThat(labelText(client.frame.target(), LoginScreen.CERTIFICATE_HINT)).contains("system's authorities");
    }

    @Test
    void aCertificateFieldNamingNoFileIsExplainedBeforeAnythingIsSent() {
        ClientWindow client = ClientWindow.open(robot, server.address());
        useTls(client, server.certificate());
        client.type(LoginScreen.CERTIFICATE_FIELD, work.resolve("no-such.crt").toString());
        client.fillIn(RunningServer.uniqueLogin("typo"), RunningServer.PASSWORD);

        client.frame.button(LoginScreen.SUBMIT_BUTTON).click();

        assertThat(labelText(client.frame.target(), LoginScreen.problemLabelName(
                Field.CERTIFICATE))).startsWith("There is no file at this path.");
        assertThat(labelText(client.frame.target(), LoginScreen.FORM_PROBLEM)).isEmpty();
    }

    private static void useTls(ClientWindow client, TestCertificate trusted) {
        client.frame.checkBox(LoginScreen.TLS_CHECKBOX).check();
        client.type(LoginScreen.CERTIFICATE_FIELD, trusted.certificate().toString());
    }

    private static void awaitFormProblem(ClientWindow client, String start) {
        await().atMost(ClientWindow.PATIENCE).until(() ->
                String.valueOf(labelText(client.frame.target(), LoginScreen.FORM_PROBLEM)).startsWith(start));
    }
}
