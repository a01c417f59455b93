package messenger.handlers.file;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OpenFilesTest {

    /** Far above the idle time of the tests, so a slow machine does not fail them. */
    private static final long DEADLINE_NANOS = Duration.ofSeconds(30).toNanos();

    @TempDir
    Path dir;

    private final List<FileChannel> opened = new ArrayList<>();

    private FileChannel open(long fileId) throws IOException {
        FileChannel channel = FileChannel.open(dir.resolve(fileId + ".part"), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE);
        opened.add(channel);
        return channel;
    }

    @Test
    void aFileIsOpenedOnceForAllItsWrites() throws IOException {
        OpenFiles files = new OpenFiles(this::open);

        FileChannel first = files.with(1, channel -> channel);
        FileChannel second = files.with(1, channel -> channel);

        assertThat(second).isSameAs(first);
        assertThat(opened).hasSize(1);
        assertThat(first.isOpen()).isTrue();
    }

    @Test
    void anIdleFileIsClosedWithoutAnyFurtherUse() throws Exception {
        OpenFiles files = new OpenFiles(this::open, Duration.ofMillis(50));

        FileChannel channel = files.with(1, c -> c);

        long deadline = System.nanoTime() + DEADLINE_NANOS;
        while (channel.isOpen() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(channel.isOpen()).as("closed by the cache's scheduler, no other call made").isFalse();
    }

    @Test
    void aFileClosedDuringAWriteIsClosedWhenTheWriteIsDone() throws IOException {
        OpenFiles files = new OpenFiles(this::open);

        FileChannel used = files.with(1, channel -> {
            files.close(1);
            assertThat(channel.isOpen()).as("still held by this write").isTrue();
            return channel;
        });

        assertThat(used.isOpen()).isFalse();
        FileChannel next = files.with(1, channel -> channel);
        assertThat(next).as("opened again for the next write").isNotSameAs(used);
    }

    @Test
    void noMoreThanTheCapStayOpen() throws Exception {
        OpenFiles files = new OpenFiles(this::open);

        for (long id = 0; id < OpenFiles.MAX_OPEN * 2; id++) {
            files.with(id, channel -> channel);
        }

        long deadline = System.nanoTime() + DEADLINE_NANOS;
        while (stillOpen() > OpenFiles.MAX_OPEN && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(stillOpen()).isLessThanOrEqualTo(OpenFiles.MAX_OPEN);
        try (Stream<Path> created = Files.list(dir)) {
            assertThat(created.count()).as("every file was opened").isEqualTo(OpenFiles.MAX_OPEN * 2);
        }
    }

    private long stillOpen() {
        return opened.stream().filter(FileChannel::isOpen).count();
    }
}
