package messenger.client.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TransferServiceTest {

    @Test
    void uploadNameFitsTheProtocolLimitAndKeepsItsExtension() {
        String name = TransferService.uploadName("é".repeat(200) + ".pdf");
        assertThat(name).endsWith(".pdf");
        assertThat(name.getBytes(StandardCharsets.UTF_8).length).isBetween(250, 255);
        assertThat(TransferService.uploadName("short.txt")).isEqualTo("short.txt");
    }
}
