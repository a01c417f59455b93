package messenger.client.view;

import java.awt.Rectangle;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What the X server shows: the top-level windows top to bottom, with where the X server has them, which may
 * differ from where AWT thinks they are (there is no window manager under Xvfb; seen: a dialog the X server had
 * centred on its window while AWT still had it at (0,0), so that clicks aimed from AWT's bounds missed it). From
 * {@code xwininfo}, where it is installed.
 */
final class XWindows {

    /** A line of {@code xwininfo -children}: {@code 0x200003 "title": ("res" "Class")  200x100+30+40  +30+40}. */
    private static final Pattern WINDOW =
            Pattern.compile("^0x\\p{XDigit}+ \"([^\"]*)\".*?\\s(\\d+x\\d+\\+-?\\d+\\+-?\\d+)");

    private static final Pattern GEOMETRY = Pattern.compile("(\\d+)x(\\d+)\\+(-?\\d+)\\+(-?\\d+)");

    private XWindows() {
    }

    /** The named top-level windows, top to bottom, as {@code "title" WxH+X+Y}; or why they are not known. */
    static String stacking() {
        try {
            List<String> windows = windows().stream()
                    .map(window -> "\"" + window.group(1) + "\" " + window.group(2))
                    .collect(Collectors.toList());
            return windows.isEmpty() ? "no named windows" : String.join("; ", windows);
        } catch (IOException e) {
            return "xwininfo not available (" + e.getMessage() + ")";
        }
    }

    /** Where the X server shows the topmost window of this title, if xwininfo is there to ask. */
    static Optional<Rectangle> bounds(String title) {
        try {
            return windows().stream().filter(window -> window.group(1).equals(title)).findFirst()
                    .map(window -> {
                        Matcher geometry = GEOMETRY.matcher(window.group(2));
                        geometry.matches();
                        return new Rectangle(Integer.parseInt(geometry.group(3)), Integer.parseInt(geometry.group(4)),
                                Integer.parseInt(geometry.group(1)), Integer.parseInt(geometry.group(2)));
                    });
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** The named top-level windows but AWT's helpers, top to bottom: title in group 1, geometry in group 2. */
    private static List<MatchResult> windows() throws IOException {
        Process xwininfo = new ProcessBuilder("xwininfo", "-root", "-children").redirectErrorStream(true).start();
        try {
            if (!xwininfo.waitFor(5, TimeUnit.SECONDS)) {
                xwininfo.destroyForcibly();
                throw new IOException("xwininfo did not answer");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
        return new String(xwininfo.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines()
                .map(String::strip)
                .map(WINDOW::matcher)
                .filter(Matcher::find)
                .filter(window -> !window.group(1).startsWith("sun-awt-X11-"))
                .map(Matcher::toMatchResult)
                .collect(Collectors.toList());
    }
}
