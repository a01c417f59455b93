package messenger.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** A name another user chose becomes a harmless file name in the download folder. */
class SafeFileNameTest {

    @Test
    void ordinaryNamesStayAsTheyAre() {
        assertThat(SafeFileName.of("report 2026.pdf", 1)).isEqualTo("report 2026.pdf");
        assertThat(SafeFileName.of("Ünïcødé 文件.txt", 1)).isEqualTo("Ünïcødé 文件.txt");
    }

    @Test
    void onlyTheLastPathPartIsKept() {
        assertThat(SafeFileName.of("../../etc/passwd", 1)).isEqualTo("passwd");
        assertThat(SafeFileName.of("..\\..\\Windows\\win.ini", 1)).isEqualTo("win.ini");
        assertThat(SafeFileName.of("/absolute/name.txt", 1)).isEqualTo("name.txt");
    }

    @Test
    void dotsAloneOrEmptyNamesFallBackToTheFileId() {
        assertThat(SafeFileName.of("..", 7)).isEqualTo("file-7");
        assertThat(SafeFileName.of(".", 7)).isEqualTo("file-7");
        assertThat(SafeFileName.of("", 7)).isEqualTo("file-7");
        assertThat(SafeFileName.of("dir/", 7)).isEqualTo("file-7");
        assertThat(SafeFileName.of("\u0000\u0001\u001b", 7)).isEqualTo("file-7");
        assertThat(SafeFileName.of(null, 7)).isEqualTo("file-7");
    }

    @Test
    void leadingDotsAndDashesGoSoNothingIsHiddenOrLooksLikeAnOption() {
        assertThat(SafeFileName.of(".bashrc", 1)).isEqualTo("bashrc");
        assertThat(SafeFileName.of("...hidden", 1)).isEqualTo("hidden");
        assertThat(SafeFileName.of("-rf", 1)).isEqualTo("rf");
        assertThat(SafeFileName.of("name. . ", 1)).isEqualTo("name");
    }

    @Test
    void controlAndDirectionCharactersAreRemoved() {
        assertThat(SafeFileName.of("a\nb\tc\u007fd.txt", 1)).isEqualTo("abcd.txt");
        assertThat(SafeFileName.of("invoice\u202Efdp.exe", 1)).isEqualTo("invoicefdp.exe");
    }

    @Test
    void charactersWindowsForbidsBecomeUnderscores() {
        assertThat(SafeFileName.of("C:what?<is>\"this\"|*.txt", 1)).isEqualTo("C_what__is__this___.txt");
    }

    @Test
    void windowsDeviceNamesArePrefixed() {
        assertThat(SafeFileName.of("CON", 1)).isEqualTo("_CON");
        assertThat(SafeFileName.of("nul.txt", 1)).isEqualTo("_nul.txt");
        assertThat(SafeFileName.of("console.txt", 1)).isEqualTo("console.txt");
    }

    @Test
    void longNamesAreShortenedKeepingTheExtension() {
        String name = "é".repeat(200) + ".tar.gz";

        String safe = SafeFileName.of(name, 1);

        assertThat(safe.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(200);
        assertThat(safe).startsWith("ééé").endsWith(".gz");
    }
}
