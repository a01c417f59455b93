package messenger.client.controller;

import java.awt.Desktop;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.function.Consumer;
import messenger.client.model.ProgramFiles;

/**
 * Opens saved files and links with the desktop's own applications, off the event thread. The desktop throws
 * an {@link IOException} when no application opens the file or link (Linux says "Failed to show URI"): that
 * is expected on many computers and goes to the view as such, without a stack trace.
 */
final class DesktopOpener {

    private DesktopOpener() {
    }

    /** A file that would run as a program opens only when the user says so after a warning. */
    static void open(Path file, OpenProblems problems) {
        if (ProgramFiles.isProgram(file)) {
            problems.program(() -> launch(file, problems), () -> showInFolder(file, problems));
        } else {
            launch(file, problems);
        }
    }

    private static void launch(Path file, OpenProblems problems) {
        if (!supports(Desktop.Action.OPEN)) {
            problems.unsupported();
            return;
        }
        Background.run(() -> {
            Desktop.getDesktop().open(file.toFile());
            return null;
        }, opened -> { }, failure -> {
            if (failure instanceof IOException) {
                problems.noApplication(() -> showInFolder(file, problems));
            } else {
                problems.failed(failure);
            }
        });
    }

    static void browse(URI link, OpenProblems problems) {
        if (!supports(Desktop.Action.BROWSE)) {
            problems.unsupported();
            return;
        }
        Background.run(() -> {
            Desktop.getDesktop().browse(link);
            return null;
        }, opened -> { }, unlessNoApplication(problems));
    }

    /** The file selected in the file manager where the desktop can do that, else its folder opened. */
    private static void showInFolder(Path file, OpenProblems problems) {
        boolean select = supports(Desktop.Action.BROWSE_FILE_DIR);
        if (!select && !supports(Desktop.Action.OPEN)) {
            problems.unsupported();
            return;
        }
        Background.run(() -> {
            if (select) {
                Desktop.getDesktop().browseFileDirectory(file.toFile());
            } else {
                Desktop.getDesktop().open(file.toAbsolutePath().getParent().toFile());
            }
            return null;
        }, shown -> { }, unlessNoApplication(problems));
    }

    /** Nothing to open it with is said as unsupported; anything else is a failure. */
    private static Consumer<Throwable> unlessNoApplication(OpenProblems problems) {
        return failure -> {
            if (failure instanceof IOException) {
                problems.unsupported();
            } else {
                problems.failed(failure);
            }
        };
    }

    private static boolean supports(Desktop.Action action) {
        return Desktop.isDesktopSupported() && Desktop.getDesktop().isSupported(action);
    }
}
