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
 * A class-data archive (CDS) of the packaged server, shared by the servers the tests start: the first one that
 * stops cleanly writes it as it exits, and every later one maps the classes from it instead of loading and
 * verifying them. A start then takes about 30 % less CPU (5.5 to 3.9 CPU seconds measured), and a run of the
 * suite starts some fifty servers. Java 19's {@code -XX:+AutoCreateSharedArchive} does the same by itself;
 * on Java 17 the tests do it. (Quarkus's own AppCDS at package time was no faster here: it archives only the
 * classes of static initialization, and its trial run started the embedded database.)
 *
 * <p>The archive sits beside the jar's folder (in {@code server/target}), named after the jar's path and time
 * and the JVM, so a rebuilt jar gets a new one; the JVM also checks the class path itself and, should it not
 * match, runs without the archive. Several test JVMs may each write one: each writes under a name of its own
 * and moves it into place whole.
 */
final class ServerClassArchive {

    /** CDS reports every class it leaves out of an archive, thousands of lines, into the server's log. */
    private static final List<String> QUIET = List.of("-Xlog:cds=off", "-Xlog:cds+dynamic=off");

    /** No archive: what a server started as an operator would start it gets. */
    static final Use NONE = new Use(List.of(), exitStatus -> { });

    private static final Map<Path, ServerClassArchive> BY_PATH = new ConcurrentHashMap<>();

    private final Path archive;
    private final AtomicBoolean writing = new AtomicBoolean();

    private ServerClassArchive(Path archive) {
        this.archive = archive;
    }

    /** The archive for this jar, one instance per JVM, so that one server at a time writes it. */
    static ServerClassArchive of(Path jar) {
        try {
            Path absolute = jar.toAbsolutePath().normalize();
            String key = absolute + "|" + Files.getLastModifiedTime(absolute).toMillis() + "|"
                    + System.getProperty("java.home") + "|" + Runtime.version();
            Path archive = absolute.getParent().resolveSibling(
                    "server-classes-" + Sha256.hex(key.getBytes(StandardCharsets.UTF_8)).substring(0, 16) + ".jsa");
            return BY_PATH.computeIfAbsent(archive, ServerClassArchive::new);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** JVM options for one server start, and what to do once it has exited. */
    Use use() {
        if (Files.isRegularFile(archive)) {
            return new Use(concat(QUIET, "-XX:SharedArchiveFile=" + archive), exitStatus -> { });
        }
        if (!writing.compareAndSet(false, true)) {
            return NONE;
        }
        Path partial = archive.resolveSibling(archive.getFileName() + "." + ProcessHandle.current().pid() + ".part");
        return new Use(concat(QUIET, "-XX:ArchiveClassesAtExit=" + partial), exitStatus -> {
            try {
                if (exitStatus == ServerProcess.SIGTERM_EXIT_STATUS && Files.isRegularFile(partial)) {
                    Files.move(partial, archive, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } else {
                    // killed, perhaps while writing: a later clean stop writes it again
                    Files.deleteIfExists(partial);
                    writing.set(false);
                }
            } catch (IOException e) {
                // not moved into place: the servers run without it, as the first did, until a later one writes it
                writing.set(false);
            }
        });
    }

    private static List<String> concat(List<String> options, String option) {
        return Stream.concat(options.stream(), Stream.of(option)).toList();
    }

    /** What a start adds to its JVM's options, and what to do with that server's exit status. */
    record Use(List<String> jvmOptions, IntConsumer afterExit) {
    }
}
