package messenger.handlers.file;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import messenger.handlers.spi.RequestException;
import messenger.protocol.ErrorCode;
import org.junit.jupiter.api.Test;

/** How the filesystem store reports the system's failures: what the operator must fix, and what is a fault. */
class FilesystemFailuresTest {

    @Test
    void aFullDiskAndAnExceededQuotaAreUnavailableNotInternal() {
        for (String system : new String[] {"No space left on device", "Disk quota exceeded"}) {
            RuntimeException failure = FilesystemFileStore.failed("storing bytes of file 7", new IOException(system));

            assertThat(failure).isInstanceOfSatisfying(RequestException.class,
                    refused -> assertThat(refused.code()).isEqualTo(ErrorCode.UNAVAILABLE));
        }
    }

    @Test
    void anyOtherFailureIsTheServersOwn() {
        assertThat(FilesystemFileStore.failed("reading file 7", new IOException("Input/output error")))
                .isInstanceOf(UncheckedIOException.class).hasMessage("reading file 7 failed");
    }
}
