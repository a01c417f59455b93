package messenger.client.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SafeFileNameTest {

    @Test
    void keepsAnOrdinaryName() {
        assertThat(SafeFileName.of("Report 2026 (final).pdf")).isEqualTo("Report 2026 (final).pdf");
    }

    @Test
    void dropsEveryPathPart() {
        assertThat(SafeFileName.of("../../etc/passwd")).isEqualTo("passwd");
        assertThat(SafeFileName.of("C:\\Windows\\system32\\evil.dll")).isEqualTo("evil.dll");
        assertThat(SafeFileName.of("/")).isEqualTo(SafeFileName.FALLBACK);
        assertThat(SafeFileName.of("..")).isEqualTo(SafeFileName.FALLBACK);
    }

    @Test
    void replacesCharactersFileSystemsRefuse() {
        assertThat(SafeFileName.of("a<b>c:d\"e|f?g*h\u0000.txt")).isEqualTo("a_b_c_d_e_f_g_h_.txt");
    }

    @Test
    void neverHiddenNorAReservedDeviceName() {
        assertThat(SafeFileName.of(".bashrc")).isEqualTo("bashrc");
        assertThat(SafeFileName.of("CON.txt")).isEqualTo("_CON.txt");
        assertThat(SafeFileName.of("name. . ")).isEqualTo("name");
    }

    @Test
    void shortensLongNamesButKeepsTheExtension() {
        String safe = SafeFileName.of("ä".repeat(300) + ".tar.gz");
        assertThat(safe).endsWith(".gz");
        assertThat(safe.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(200);
    }
}
