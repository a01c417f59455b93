package messenger.protocol.fuzz;

/**
 * Text of a fuzz case made safe for test reports: every character outside printable ASCII becomes a
 * {@code \}{@code uXXXX} escape. A lone surrogate written as is cuts a surefire report short.
 */
public final class AsciiText {

    private AsciiText() {
    }

    public static String of(Object value) {
        String text = String.valueOf(value);
        StringBuilder ascii = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            if (c >= 0x20 && c < 0x7f) {
                ascii.append(c);
            } else {
                ascii.append(String.format("\\u%04x", (int) c));
            }
        }
        return ascii.toString();
    }
}
