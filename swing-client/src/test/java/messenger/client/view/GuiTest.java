package messenger.client.view;

import com.formdev.flatlaf.FlatLightLaf;
import org.assertj.swing.core.BasicRobot;
import org.assertj.swing.core.Robot;
import org.assertj.swing.edt.FailOnThreadViolationRepaintManager;
import org.assertj.swing.edt.GuiActionRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

/**
 * A GUI test: the client's look and feel and a check that Swing is only touched on its thread, set up once;
 * a fresh AssertJ Swing robot per test that sees only the windows the test opens, cleaned up after it.
 */
abstract class GuiTest {

    protected Robot robot;

    @BeforeAll
    static void setUpSwing() {
        GuiActionRunner.execute(() -> {
            FlatLightLaf.setup();
            return null;
        });
        FailOnThreadViolationRepaintManager.install();
    }

    @BeforeEach
    void startRobot() {
        robot = BasicRobot.robotWithNewAwtHierarchy();
        robot.settings().delayBetweenEvents(10);
        // After each action AssertJ Swing waits for an idle event queue and then sleeps the rest of this delay
        // (100 ms by default), half of a test's time; the idle wait alone is what the next action needs.
        robot.settings().eventPostingDelay(10);
        // AssertJ Swing waits up to this long for an idle event queue before each action, and then acts anyway.
        // Late in the suite, under load, the queue was seen never to look idle: 10 s (its default) per click and
        // key turned OfflineIT's 20 s into 240. Every test waits for what it checks, so a second is enough.
        robot.settings().idleTimeout(1_000);
    }

    @AfterEach
    void cleanUpRobot() {
        robot.cleanUp();
    }
}
