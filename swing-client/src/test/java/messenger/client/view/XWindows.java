package messenger.client.view;

import java.awt.Rectangle;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
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
            Pattern.compile("^0x\\p{XDigit}+ \"([^\"]*)\".*?\\s(\\d+)x(\\d+)\\+(-?\\d+)\\+(-?\\d+)");

    private record Shown(String title, Rectangle bounds) {
    }

    private XWindows() {
    }

    /** The named top-level windows, top to bottom, as {@code "title" WxH+X+Y}; or why they are not known. */
    static String stacking() {
        try {
            List<String> windows = query().stream()
                    .map(shown -> "\"" + shown.title() + "\" " + shown.bounds().width + "x" + shown.bounds().height
                            + "+" + shown.bounds().x + "+" + shown.bounds().y)
                    .collect(Collectors.toList());
            return windows.isEmpty() ? "no named windows" : String.join("; ", windows);
        } catch (IOException e) {
            return "xwininfo not available (" + e.getMessage() + ")";
        }
    }

    /** Where the X server shows the topmost window of each title; empty when xwininfo cannot say. */
    static Map<String, Rectangle> byTitle() {
        Map<String, Rectangle> topmost = new LinkedHashMap<>();
        try {
            query().forEach(shown -> topmost.putIfAbsent(shown.title(), shown.bounds()));
        } catch (IOException e) {
            return Map.of();
        }
        return topmost;
    }

    /** The named top-level windows but AWT's helpers, top to bottom. */
    private static List<Shown> query() throws IOException {
        Process xwininfo = new ProcessBuilder("xwininfo", "-root", "-children").redirectErrorStream(true).start();
        String listing = new String(xwininfo.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        try {
            if (!xwininfo.waitFor(5, TimeUnit.SECONDS)) {
                xwininfo.destroyForcibly();
                throw new IOException("xwininfo did not end");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
        return listing.lines()
                .map(String::strip)
                .map(WINDOW::matcher)
                .filter(Matcher::find)
                .filter(window -> !window.group(1).startsWith("sun-awt-X11-"))
                .map(window -> new Shown(window.group(1), new Rectangle(Integer.parseInt(window.group(4)),
                        Integer.parseInt(window.group(5)), Integer.parseInt(window.group(2)),
                        Integer.parseInt(window.group(3)))))
                .collect(Collectors.toList());
    }
}
