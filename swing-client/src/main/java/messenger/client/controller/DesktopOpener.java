package messenger.client.controller;

import java.awt.Desktop;
import java.net.URI;
import java.nio.file.Path;

/** Opens saved files and links with the desktop's own applications, off the event thread. */
final class DesktopOpener {

    private DesktopOpener() {
    }

    static void open(Path file, OpenProblems problems) {
        if (!supports(Desktop.Action.OPEN)) {
            problems.unsupported();
            return;
        }
        Background.run(() -> {
            Desktop.getDesktop().open(file.toFile());
            return null;
        }, opened -> { }, problems::failed);
    }

    static void browse(URI link, OpenProblems problems) {
        if (!supports(Desktop.Action.BROWSE)) {
            problems.unsupported();
            return;
        }
        Background.run(() -> {
            Desktop.getDesktop().browse(link);
            return null;
        }, opened -> { }, problems::failed);
    }

    private static boolean supports(Desktop.Action action) {
        return Desktop.isDesktopSupported() && Desktop.getDesktop().isSupported(action);
    }
}
