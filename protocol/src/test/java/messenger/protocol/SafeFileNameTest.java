package messenger.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** A name another user chose becomes a harmless file name to show and to save under. */
class SafeFileNameTest {

    @Test
    void ordinaryNamesStayAsTheyAre() {
        assertThat(SafeFileName.of("report 2026.pdf", 1)).isEqualTo("report 2026.pdf");
        assertThat(SafeFileName.of("Report 2026 (final).pdf", 1)).isEqualTo("Report 2026 (final).pdf");
        assertThat(SafeFileName.of("Ünïcødé 文件.txt", 1)).isEqualTo("Ünïcødé 文件.txt");
    }

    @Test
    void onlyTheLastPathPartIsKept() {
        assertThat(SafeFileName.of("../../etc/passwd", 1)).isEqualTo("passwd");
        assertThat(SafeFileName.of("..\\..\\Windows\\win.ini", 1)).isEqualTo("win.ini");
        assertThat(SafeFileName.of("C:\\Windows\\system32\\evil.dll", 1)).isEqualTo("evil.dll");
        assertThat(SafeFileName.of("/absolute/name.txt", 1)).isEqualTo("name.txt");
    }

    @Test
    void dotsAloneOrEmptyNamesFallBackToTheFileId() {
        assertThat(SafeFileName.of("..", 7)).isEqualTo("file-7");
        assertThat(SafeFileName.of(".", 7)).isEqualTo("file-7");
        assertThat(SafeFileName.of("/", 7)).isEqualTo("file-7");
        assertThat(SafeFileName.of("", 7)).isEqualTo("file-7");
        assertThat(SafeFileName.of("dir/", 7)).isEqualTo("file-7");
        assertThat(SafeFileName.of("\u0000\u0001\u001b", 7)).isEqualTo("file-7");
        assertThat(SafeFileName.of("\u202E\u200B", 7)).isEqualTo("file-7");
        assertThat(SafeFileName.of(null, 7)).isEqualTo("file-7");
    }

    @Test
    void leadingDotsAndDashesGoSoNothingIsHiddenOrLooksLikeAnOption() {
        assertThat(SafeFileName.of(".bashrc", 1)).isEqualTo("bashrc");
        assertThat(SafeFileName.of("...hidden", 1)).isEqualTo("hidden");
        assertThat(SafeFileName.of("-rf", 1)).isEqualTo("rf");
        assertThat(SafeFileName.of("--help.txt", 1)).isEqualTo("help.txt");
        assertThat(SafeFileName.of("name. . ", 1)).isEqualTo("name");
    }

    @Test
    void controlCharactersAreRemovedAsciiOrNot() {
        assertThat(SafeFileName.of("a\nb\tc\u007fd\u0000.txt", 1)).isEqualTo("abcd.txt");
        assertThat(SafeFileName.of("a\u0085b\u009bc.txt", 1)).isEqualTo("abc.txt");
    }

    @Test
    void directionAndInvisibleFormatCharactersAreRemoved() {
        assertThat(SafeFileName.of("invoice\u202Efdp.exe", 1)).isEqualTo("invoicefdp.exe");
        assertThat(SafeFileName.of("a\u2066b\u2069c\u200Fd\u061Ce.txt", 1)).isEqualTo("abcde.txt");
        assertThat(SafeFileName.of("\uFEFFzero\u200Bwidth\u2028.txt", 1)).isEqualTo("zerowidth.txt");
        assertThat(SafeFileName.of("broken\uD800half.txt", 1)).isEqualTo("brokenhalf.txt");
    }

    @Test
    void charactersWindowsForbidsBecomeUnderscores() {
        assertThat(SafeFileName.of("C:what?<is>\"this\"|*.txt", 1)).isEqualTo("C_what__is__this___.txt");
    }

    @Test
    void windowsDeviceNamesArePrefixed() {
        assertThat(SafeFileName.of("CON", 1)).isEqualTo("_CON");
        assertThat(SafeFileName.of("CON.txt", 1)).isEqualTo("_CON.txt");
        assertThat(SafeFileName.of("nul.tar.gz", 1)).isEqualTo("_nul.tar.gz");
        assertThat(SafeFileName.of("com1.txt", 1)).isEqualTo("_com1.txt");
        assertThat(SafeFileName.of("console.txt", 1)).isEqualTo("console.txt");
    }

    @Test
    void longNamesAreShortenedKeepingTheExtension() {
        String safe = SafeFileName.of("é".repeat(200) + ".tar.gz", 1);

        assertThat(safe.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(200);
        assertThat(safe).startsWith("ééé").endsWith(".gz");
    }

    @Test
    void emojiSurviveWhole() {
        assertThat(SafeFileName.of("party 🎉.png", 1)).isEqualTo("party 🎉.png");
    }
}
