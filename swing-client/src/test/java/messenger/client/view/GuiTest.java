package messenger.client.view;

import org.assertj.swing.core.Robot;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

/** A GUI test: Swing set up once, a fresh AssertJ Swing robot per test, cleaned up after it. */
abstract class GuiTest {

    protected Robot robot;

    @BeforeAll
    static void setUpSwing() {
        GuiTests.setUp();
    }

    @BeforeEach
    void startRobot() {
        robot = GuiTests.robot();
    }

    @AfterEach
    void cleanUpRobot() {
        robot.cleanUp();
    }
}
