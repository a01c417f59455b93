package messenger.client.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProgramFilesTest {

    @Test
    void programsAreKnownByTheirKindWhateverTheCase() {
        assertThat(ProgramFiles.isProgram(Path.of("setup.EXE"))).isTrue();
        assertThat(ProgramFiles.isProgram(Path.of("invoice.pdf.js"))).isTrue();
        assertThat(ProgramFiles.isProgram(Path.of("install.sh"))).isTrue();
        assertThat(ProgramFiles.isProgram(Path.of("Viewer.desktop"))).isTrue();
        assertThat(ProgramFiles.isProgram(Path.of("tool.AppImage"))).isTrue();
    }

    @Test
    void trailingDotsAndSpacesThatWindowsDropsHideNothing() {
        assertThat(ProgramFiles.isProgram(Path.of("setup.exe. ."))).isTrue();
        assertThat(ProgramFiles.isProgram(Path.of("run.bat "))).isTrue();
    }

    @Test
    void documentsPicturesAndArchivesAreNot() {
        assertThat(ProgramFiles.isProgram(Path.of("notes.txt"))).isFalse();
        assertThat(ProgramFiles.isProgram(Path.of("photo.jpeg"))).isFalse();
        assertThat(ProgramFiles.isProgram(Path.of("backup.tar.gz"))).isFalse();
        assertThat(ProgramFiles.isProgram(Path.of("exe"))).isFalse();
        assertThat(ProgramFiles.isProgram(Path.of("Makefile"))).isFalse();
    }

    @Test
    void aFileAllowedToExecuteIsOneWhateverItsName(@TempDir Path folder) throws Exception {
        Path plain = Files.writeString(folder.resolve("readme"), "#!/bin/sh\necho hi\n");
        Path executable = Files.writeString(folder.resolve("readme-too"), "#!/bin/sh\necho hi\n");
        Files.setPosixFilePermissions(executable, PosixFilePermissions.fromString("rwxr-xr-x"));

        assertThat(ProgramFiles.isProgram(plain)).isFalse();
        assertThat(ProgramFiles.isProgram(executable)).isTrue();
    }
}
