package messenger.client.controller;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The JVM's own rule is what matters here, so the work runs in a JVM of its own whose main returns at once. */
class OutlastingTest {

    @Test
    void workOnDaemonThreadsFinishesAfterMainHasReturned(@TempDir Path folder) throws Exception {
        Path written = folder.resolve("written");
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), ClosingClient.class.getName(), written.toString())
                .inheritIO().start();

        assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(child.exitValue()).isZero();
        assertThat(written).hasContent("done");
    }

    /** A client whose last window has closed while its daemon threads still write what they must. */
    public static final class ClosingClient {
        public static void main(String[] args) {
            Path target = Path.of(args[0]);
            CompletableFuture<Void> work = CompletableFuture.runAsync(() -> {
                try {
                    Thread.sleep(1_000);
                    Files.writeString(target, "done");
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }, runnable -> {
                Thread daemon = new Thread(runnable, "closing");
                daemon.setDaemon(true);
                daemon.start();
            });
            Outlasting.theWindow(work);
        }
    }
}
