package messenger.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CancellationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class Sha256Test {

    @Test
    void aFileHashesAsItsBytesDo(@TempDir Path folder) throws Exception {
        Path file = Files.writeString(folder.resolve("a.txt"), "abc");

        assertThat(Sha256.of(file)).isEqualTo(Sha256.hex("abc".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    @Test
    void aCancelledHashStopsReading(@TempDir Path folder) throws Exception {
        Path file = Files.write(folder.resolve("big.bin"), new byte[1024 * 1024]);
        int[] checks = {0};

        assertThatThrownBy(() -> Sha256.of(file, () -> ++checks[0] > 2)).isInstanceOf(CancellationException.class);
        assertThat(checks[0]).isEqualTo(3);
    }
}
