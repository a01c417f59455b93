package messenger.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.IntConsumer;
import java.util.stream.Stream;
import messenger.protocol.Sha256;

/**
 * A class-data archive (CDS) of a packaged jar, shared by the processes the tests start from it: the first one
 * that exits cleanly writes it as it exits, and every later one maps the classes from it instead of loading and
 * verifying them. A server's start then takes about 30 % less CPU (5.5 to 3.9 CPU seconds measured), and a run of
 * the suite starts some sixty servers; a CLI command about a third less (0.43 to 0.30 s), and the CLI's tests run
 * about a hundred and twenty. Java 19's {@code -XX:+AutoCreateSharedArchive} does the same by itself; on Java 17
 * the tests do it. (Quarkus's own AppCDS at package time was no faster for the server: it archives only the
 * classes of static initialization, and its trial run started the embedded database.)
 *
 * <p>The archive sits in a folder the caller names (a module's {@code target}), named after the jar's path and
 * time and the JVM, so a rebuilt jar gets a new one; the JVM also checks the class path itself and, should it not
 * match, runs without the archive. Several test JVMs may each write one: each writes under a name of its own and
 * moves it into place whole.
 */
public final class ClassArchive {

    /** CDS reports every class it leaves out of an archive, thousands of lines, into the process's output. */
    private static final List<String> QUIET = List.of("-Xlog:cds=off", "-Xlog:cds+dynamic=off");

    /** No archive: what a process started as a user or operator would start it gets. */
    public static final Use NONE = new Use(List.of(), exitStatus -> { });

    private static final Map<Path, ClassArchive> BY_PATH = new ConcurrentHashMap<>();

    private final Path archive;
    private final int cleanExitStatus;
    private final AtomicBoolean writing = new AtomicBoolean();

    private ClassArchive(Path archive, int cleanExitStatus) {
        this.archive = archive;
        this.cleanExitStatus = cleanExitStatus;
    }

    /**
     * The archive for this jar in {@code folder}, one instance per JVM, so that one process at a time writes it;
     * only a process that ends with {@code cleanExitStatus} leaves it behind.
     */
    public static ClassArchive of(Path jar, Path folder, int cleanExitStatus) {
        try {
            Path absolute = jar.toAbsolutePath().normalize();
            String key = absolute + "|" + Files.getLastModifiedTime(absolute).toMillis() + "|"
                    + System.getProperty("java.home") + "|" + Runtime.version();
            String name = absolute.getFileName().toString().replaceFirst("\\.jar$", "");
            Path archive = folder.toAbsolutePath().resolve(
                    name + "-classes-" + Sha256.hex(key.getBytes(StandardCharsets.UTF_8)).substring(0, 16) + ".jsa");
            return BY_PATH.computeIfAbsent(archive, path -> new ClassArchive(path, cleanExitStatus));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** JVM options for one process, and what to do once it has exited. */
    public Use use() {
        if (Files.isRegularFile(archive)) {
            return new Use(concat(QUIET, "-XX:SharedArchiveFile=" + archive), exitStatus -> { });
        }
        if (!writing.compareAndSet(false, true)) {
            return NONE;
        }
        Path partial = archive.resolveSibling(archive.getFileName() + "." + ProcessHandle.current().pid() + ".part");
        return new Use(concat(QUIET, "-XX:ArchiveClassesAtExit=" + partial), exitStatus -> {
            try {
                if (exitStatus == cleanExitStatus && Files.isRegularFile(partial)) {
                    Files.move(partial, archive, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } else {
                    // killed, perhaps while writing, or failed: a later clean exit writes it again
                    Files.deleteIfExists(partial);
                    writing.set(false);
                }
            } catch (IOException e) {
                // not moved into place: later processes run without it, as the first did, until one writes it
                writing.set(false);
            }
        });
    }

    private static List<String> concat(List<String> options, String option) {
        return Stream.concat(options.stream(), Stream.of(option)).toList();
    }

    /** What a start adds to its JVM's options, and what to do with that process's exit status. */
    public record Use(List<String> jvmOptions, IntConsumer afterExit) {
    }
}
