package messenger.client.view;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What the X server shows, for the message of a GUI test that failed: the top-level windows top to bottom, with
 * where the X server has them, which may differ from where AWT thinks they are (there is no window manager under
 * Xvfb). From {@code xwininfo}, where it is installed.
 */
final class XWindows {

    /** A line of {@code xwininfo -children}: {@code 0x200003 "title": ("res" "Class")  200x100+30+40  +30+40}. */
    private static final Pattern WINDOW =
            Pattern.compile("^0x\\p{XDigit}+ \"([^\"]*)\".*?\\s(\\d+x\\d+[+-]\\d+[+-]\\d+)");

    private XWindows() {
    }

    /** The named top-level windows, top to bottom, as {@code "title" WxH+X+Y}; or why they are not known. */
    static String stacking() {
        try {
            Process xwininfo = new ProcessBuilder("xwininfo", "-root", "-children").redirectErrorStream(true).start();
            if (!xwininfo.waitFor(5, TimeUnit.SECONDS)) {
                xwininfo.destroyForcibly();
                return "xwininfo did not answer";
            }
            List<String> lines = new String(xwininfo.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines()
                    .map(String::strip)
                    .map(WINDOW::matcher)
                    .filter(Matcher::find)
                    .filter(window -> !window.group(1).startsWith("sun-awt-X11-"))
                    .map(window -> "\"" + window.group(1) + "\" " + window.group(2))
                    .collect(Collectors.toList());
            return lines.isEmpty() ? "no named windows" : String.join("; ", lines);
        } catch (IOException e) {
            return "xwininfo not available (" + e.getMessage() + ")";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
    }
}
