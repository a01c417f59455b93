package messenger.cli;

import static messenger.cli.CliProcess.assertOk;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import messenger.protocol.client.MessengerClient;
import messenger.protocol.client.ServerAddress;
import messenger.protocol.client.Tls;
import messenger.testkit.TcpRelay;
import messenger.testkit.TlsServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The packaged messenger-cli jar against the packaged server with TLS on, its certificate made for "localhost". */
class TlsCliIT {

    private static final String PASSWORD = "correct horse battery";
    private static final Duration LINE_TIMEOUT = Duration.ofSeconds(30);

    private static Path work;
    private static TlsServer server;

    @BeforeAll
    static void startATlsServer() throws IOException {
        work = Path.of("target", "it-cli-tls-" + System.nanoTime()).toAbsolutePath();
        server = TlsServer.start(work);
    }

    @AfterAll
    static void stopServer() throws InterruptedException {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void withTheServersCertificateItSignsInOverTlsAndRemembersTheSetting() throws Exception {
        CliProcess erin = cli("erin", server.address());
        String trusted = server.certificate().certificate().toString();

        assertOk(erin.runWithInput(PASSWORD + "\n", "register", "erin", "--tls-cert", trusted));
        assertOk(erin.runWithInput(PASSWORD + "\n", "login", "erin", "--tls-cert", trusted));
        String config = Files.readString(work.resolve("erin").resolve("config").resolve(ConfigFile.NAME));
        assertThat(config).contains("tls=true", "tls-cert=" + server.certificate().certificate().toAbsolutePath());

        long id = Long.parseLong(assertOk(erin.run("send", "sent over TLS")).out().strip());
        assertThat(assertOk(erin.run("history", "--limit", "1")).out()).contains("erin: sent over TLS");
        assertThat(assertOk(erin.run("history", "--json", "--limit", "1")).out()).contains("\"id\":" + id);
        assertOk(erin.run("logout"));
    }

    @Test
    void tlsRememberedForAClusterListIsUsedForEachServerOfIt() throws Exception {
        String trusted = server.certificate().certificate().toString();
        try (TcpRelay secondMember = new TcpRelay(server.port())) {
            String first = "localhost:" + server.port();
            String second = "localhost:" + secondMember.port();
            CliProcess ilse = cli("ilse", first);
            assertOk(ilse.runWithInput(PASSWORD + "\n", "register", "ilse", "--tls-cert", trusted));
            assertOk(ilse.runWithInput(PASSWORD + "\n", "login", "ilse", "--server", first + "," + second,
                    "--tls-cert", trusted));

            assertOk(cli("ilse", second).run("send", "by the second server of the list"));
            assertOk(cli("ilse", second + "," + first).run("send", "by the list reordered"));
            assertOk(cli("ilse", first).runWithInput(PASSWORD + "\n", "login", "ilse", "--server", second));
            assertThat(assertOk(cli("ilse", second).run("history", "--limit", "2")).out())
                    .contains("ilse: by the second server of the list", "ilse: by the list reordered");
        }
    }

    @Test
    void anotherCertificateOrHostNameIsRefusedWithExitSevenAndOnePlainLine() throws Exception {
        String address = server.address();
        CliProcess.Result wrongCertificate = cli("frank", address).runWithInput(PASSWORD + "\n",
                "register", "frank", "--tls-cert", server.otherCertificate().certificate().toString());
        CliProcess.Result wrongHost = cli("frank", "127.0.0.1:" + server.port()).runWithInput(PASSWORD + "\n",
                "register", "frank", "--tls-cert", server.certificate().certificate().toString());
        CliProcess.Result systemTrust = cli("frank", address).runWithInput(PASSWORD + "\n", "login", "frank", "--tls");

        for (CliProcess.Result refused : new CliProcess.Result[] {wrongCertificate, wrongHost, systemTrust}) {
            assertThat(refused.exitCode()).as(refused.err()).isEqualTo(ExitCodes.NOT_TRUSTED);
            assertThat(refused.err()).startsWith("messenger-cli: the server at ").contains(" is not trusted: ")
                    .hasLineCount(1);
            assertThat(refused.err()).as("the JDK's reason, last").contains("; or the server does not use TLS (");
            assertThat(refused.out()).isEmpty();
        }
        assertThat(wrongCertificate.err()).contains("neither in " + server.otherCertificate().certificate());
        assertThat(wrongHost.err()).contains("the server at 127.0.0.1:" + server.port(), "another host name");
        assertThat(systemTrust.err()).contains("not signed by an authority this system trusts", "--tls-cert FILE");
        assertThat(wrongCertificate.err()).contains("(PKIX path");
        assertThat(wrongHost.err()).contains("(No subject alternative names matching IP address 127.0.0.1");
        assertThat(systemTrust.err()).contains("(PKIX path");
        assertThat(work.resolve("frank").resolve("config").resolve(ConfigFile.NAME)).doesNotExist();
    }

    @Test
    void aHandshakeCutShortIsExitFiveNotUntrusted() throws Exception {
        String trusted = server.certificate().certificate().toString();
        try (TcpRelay nothingBehind = new TcpRelay(server.port())) {
            nothingBehind.cut();
            CliProcess.Result cut = cli("jana", "localhost:" + nothingBehind.port()).runWithInput(PASSWORD + "\n",
                    "register", "jana", "--tls-cert", trusted);

            assertThat(cut.exitCode()).as(cut.err()).isEqualTo(ExitCodes.UNAVAILABLE);
            assertThat(cut.err()).startsWith("messenger-cli: cannot connect to localhost:" + nothingBehind.port())
                    .contains("closed the connection during the TLS handshake").hasLineCount(1);
        }
    }

    @Test
    void withoutTlsTheConnectionToATlsServerBreaksWithExitFive() throws Exception {
        CliProcess.Result plain = cli("gina", server.address()).runWithInput(PASSWORD + "\n",
                "register", "gina");

        assertThat(plain.exitCode()).as(plain.err()).isEqualTo(ExitCodes.UNAVAILABLE);
        assertThat(plain.err()).startsWith("messenger-cli: ").hasLineCount(1);
    }

    @Test
    void tailEndsWithExitSevenWhenItMeetsAnUntrustedCertificateOnReconnecting() throws Exception {
        Path trusted = Files.copy(server.certificate().certificate(),
                Files.createDirectories(work.resolve("hugo")).resolve("trusted.pem"));
        try (TcpRelay relay = new TcpRelay(server.port());
             MessengerClient sender = MessengerClient.connect(new ServerAddress("localhost", server.port()),
                     Tls.trusting(server.certificate().certificate()), null, MessengerClient.DEFAULT_TIMEOUT)) {
            CliProcess hugo = cli("hugo", "localhost:" + relay.port());
            assertOk(hugo.runWithInput(PASSWORD + "\n", "register", "hugo", "--tls-cert", trusted.toString()));
            assertOk(hugo.runWithInput(PASSWORD + "\n", "login", "hugo", "--tls-cert", trusted.toString()));
            sender.login("hugo", PASSWORD, "test");
            long start = sender.send("before", "before the tail", null).id();

            try (CliProcess.Running tail = hugo.start("tail", "--after", Long.toString(start))) {
                sender.send("first", "over TLS", null);
                assertThat(tail.nextLine(LINE_TIMEOUT)).endsWith("hugo: over TLS");

                Files.copy(server.otherCertificate().certificate(), trusted, StandardCopyOption.REPLACE_EXISTING);
                relay.cut();
                assertThat(tail.nextErrorLine(LINE_TIMEOUT)).contains("reconnecting in");
                assertThat(tail.nextErrorLine(LINE_TIMEOUT)).as("a handshake the relay cuts short is retried")
                        .contains("terminated the handshake", "reconnecting in");
                relay.restore();

                assertThat(tail.awaitExit(LINE_TIMEOUT)).isEqualTo(ExitCodes.NOT_TRUSTED);
                assertThat(tail.nextErrorLine(LINE_TIMEOUT)).startsWith("messenger-cli: the server at localhost:"
                        + relay.port() + " is not trusted: its certificate is neither in " + trusted);
            }
        }
    }

    private static CliProcess cli(String user, String address) throws IOException {
        return new CliProcess(Files.createDirectories(work.resolve(user).resolve("config")), address,
                Files.createDirectories(work.resolve(user)));
    }
}
