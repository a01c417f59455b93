package messenger.client.model;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;

/**
 * Whether a saved file would run as a program when the desktop opens it: by its kind (the extensions that
 * Windows, macOS and Linux desktops run, install or follow rather than show) or, on Linux and macOS, by its
 * permission to execute. Someone else's program deserves a question before it runs.
 */
public final class ProgramFiles {

    private static final Set<String> RUNNABLE = Set.of(
            // Windows
            "exe", "com", "bat", "cmd", "msi", "msp", "msix", "appx", "scr", "pif", "cpl", "hta", "jar", "js",
            "jse", "vbs", "vbe", "wsf", "wsh", "ps1", "psm1", "reg", "lnk", "url", "scf", "inf", "application",
            "appref-ms", "gadget", "msc", "chm",
            // macOS
            "app", "command", "pkg", "mpkg", "dmg", "workflow", "terminal", "tool",
            // Linux and Unix
            "sh", "bash", "zsh", "csh", "ksh", "run", "bin", "appimage", "desktop", "deb", "rpm", "snap",
            "flatpakref", "py", "pyw", "pl", "rb");

    private ProgramFiles() {
    }

    public static boolean isProgram(Path file) {
        // Windows drops trailing dots and spaces: "setup.exe. " runs as setup.exe
        String name = file.getFileName().toString().replaceAll("[. ]+$", "");
        int dot = name.lastIndexOf('.');
        String extension = dot < 0 ? "" : name.substring(dot + 1).strip().toLowerCase(Locale.ROOT);
        return RUNNABLE.contains(extension) || Files.isRegularFile(file) && Files.isExecutable(file)
                && !System.getProperty("os.name", "").startsWith("Windows");
    }
}
