package messenger.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Fails a test class during which anything in the user's real home folder ({@code $HOME}) was created,
 * changed or deleted: tests write only below their module's {@code target}. Test JVMs run with
 * {@code user.home} pointing into {@code target} (the parent POM), so a file chooser's default folder, the
 * client's preferences and FlatLaf's native libraries land there; this guard catches whatever still
 * reaches the real one. Maven's own {@code ~/.m2} is left out: the build writes there, not the tests.
 * Registered for every test of a module that depends on the testkit, by JUnit's extension auto-detection.
 */
public final class HomeFolderGuard implements BeforeAllCallback, AfterAllCallback {

    private static final int DEPTH = 4;
    private static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(HomeFolderGuard.class);

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        Files.createDirectories(Path.of(System.getProperty("user.home")));
        context.getStore(NAMESPACE).put("start", FileTime.from(Instant.now()));
    }

    @Override
    public void afterAll(ExtensionContext context) {
        FileTime start = context.getStore(NAMESPACE).get("start", FileTime.class);
        Path home = realHome();
        if (start == null || home == null) {
            return;
        }
        List<Path> touched = touchedSince(home, start);
        if (!touched.isEmpty()) {
            throw new AssertionError("tests of " + context.getRequiredTestClass().getSimpleName()
                    + " wrote to the home folder " + home + " (write below target/ instead): " + touched);
        }
    }

    private static Path realHome() {
        String home = System.getenv("HOME");
        return home == null || home.isBlank() ? null : Path.of(home);
    }

    /** Entries modified since {@code start}; a folder's time changes when an entry is created or deleted in it. */
    static List<Path> touchedSince(Path home, FileTime start) {
        Path maven = home.resolve(".m2");
        List<Path> touched = new ArrayList<>();
        try {
            Files.walkFileTree(home, EnumSet.noneOf(FileVisitOption.class), DEPTH, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
                    if (dir.equals(maven)) {
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    return visitFile(dir, attributes);
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                    if (attributes.lastModifiedTime().compareTo(start) >= 0) {
                        touched.add(file);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException unreadable) {
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return touched;
    }
}
