package messenger.handlers.file;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** On the file system of the build's temporary folder, with real {@code O_DIRECT} where it takes it. */
class DirectWritesTest {

    @TempDir
    Path dir;

    private final Random random = new Random(19);
    private DirectWrites writes;
    private Path file;
    /** What the file must hold. */
    private byte[] expected = new byte[0];

    @BeforeEach
    void probe() throws IOException {
        Optional<DirectWrites> probed = DirectWrites.probe(dir);
        assumeThat(probed).as("the file system of %s takes O_DIRECT", dir).isPresent();
        writes = probed.get();
        file = dir.resolve("upload");
    }

    @Test
    void theProbeLeavesNothingBehind() throws IOException {
        try (var left = Files.list(dir)) {
            assertThat(left).isEmpty();
        }
    }

    @Test
    void chunksOfAnySizeAtUnalignedOffsetsLandWhereTheyBelong() throws IOException {
        write(0, 1000);
        write(1000, 3000, 5000);
        write(9000, DirectWrites.BUFFER + 123, 7);
        write(expected.length, 1);
        write(expected.length, 4096, 4096, 2 * DirectWrites.BUFFER);

        assertThat(Files.readAllBytes(file)).isEqualTo(expected);
    }

    @Test
    void bytesPastTheOffsetAreCutOff() throws IOException {
        write(0, 3 * DirectWrites.BUFFER);
        expected = Arrays.copyOf(expected, 5000);
        write(5000, 100);

        assertThat(Files.readAllBytes(file)).isEqualTo(expected);
    }

    @Test
    void aWriteThatStartsPastTheEndOfTheFileFails() throws IOException {
        write(0, 100);

        try (FileChannel channel = FileChannel.open(file, DirectWrites.OPTIONS)) {
            assertThatThrownBy(() -> writes.write(channel, 200, List.of(new byte[10])))
                    .isInstanceOf(IOException.class);
        }
        assertThat(Files.readAllBytes(file)).isEqualTo(expected);
    }

    private void write(long offset, int... sizes) throws IOException {
        byte[][] chunks = new byte[sizes.length][];
        int total = 0;
        for (int i = 0; i < sizes.length; i++) {
            chunks[i] = new byte[sizes[i]];
            random.nextBytes(chunks[i]);
            total += sizes[i];
        }
        expected = Arrays.copyOf(expected, Math.toIntExact(offset) + total);
        int at = Math.toIntExact(offset);
        for (byte[] chunk : chunks) {
            System.arraycopy(chunk, 0, expected, at, chunk.length);
            at += chunk.length;
        }
        try (FileChannel channel = FileChannel.open(file, DirectWrites.OPTIONS)) {
            writes.write(channel, offset, List.of(chunks));
            channel.force(false);
        }
    }
}
