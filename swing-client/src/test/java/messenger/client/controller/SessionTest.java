package messenger.client.controller;

import java.nio.file.Path;
import messenger.client.testing.RunningServer;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** A test of sessions without a window, against the packaged server, keeping their cache in a folder of its own. */
abstract class SessionTest {

    @RegisterExtension
    static final RunningServer server = new RunningServer();

    @TempDir
    Path folder;
}
