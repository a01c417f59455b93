package messenger.client.view;

import com.formdev.flatlaf.FlatLightLaf;
import org.assertj.swing.core.BasicRobot;
import org.assertj.swing.core.Robot;
import org.assertj.swing.edt.FailOnThreadViolationRepaintManager;
import org.assertj.swing.edt.GuiActionRunner;

/** What the GUI tests share: the client's look and feel, a check that Swing is only touched on its thread, a robot. */
final class GuiTests {

    private GuiTests() {
    }

    static void setUp() {
        GuiActionRunner.execute(() -> {
            FlatLightLaf.setup();
            return null;
        });
        FailOnThreadViolationRepaintManager.install();
    }

    /** A robot that sees only the windows the test opens, and types quickly. */
    static Robot robot() {
        Robot robot = BasicRobot.robotWithNewAwtHierarchy();
        robot.settings().delayBetweenEvents(10);
        return robot;
    }
}
