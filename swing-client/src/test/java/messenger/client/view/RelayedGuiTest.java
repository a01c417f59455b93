package messenger.client.view;

import messenger.client.testing.RunningServer;
import messenger.testkit.TcpRelay;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A GUI test whose clients may reach the server through a relay, which the test cuts to take the server "down"
 * (every connection refused) and restores to bring it back; a fresh relay for each test.
 */
abstract class RelayedGuiTest extends GuiTest {

    @RegisterExtension
    static final RunningServer server = new RunningServer();

    protected TcpRelay relay;

    @BeforeEach
    void startRelay() throws Exception {
        relay = new TcpRelay(server.port());
    }

    @AfterEach
    void closeRelay() {
        relay.close();
    }
}
