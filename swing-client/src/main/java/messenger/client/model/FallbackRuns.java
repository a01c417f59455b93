package messenger.client.model;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;

/**
 * The runs of a text that must be drawn in a fallback font: code points the base font cannot show and the
 * fallback can. Joiners and variation selectors stay in the run they follow, so that a sequence such as
 * 👩‍💻 reaches one font whole and can be drawn as one emoji.
 */
public final class FallbackRuns {

    public record Run(int start, int end) {
    }

    private static final int ZERO_WIDTH_JOINER = 0x200D;

    private FallbackRuns() {
    }

    /** The runs in order, each as long as it can be, as char offsets into {@code text}. */
    public static List<Run> in(String text, IntPredicate shownByBase, IntPredicate shownByFallback) {
        List<Run> runs = new ArrayList<>();
        int start = -1;
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            boolean fallback = shownByFallback.test(codePoint)
                    && (start >= 0 && continuesSequence(codePoint) || !shownByBase.test(codePoint));
            if (fallback && start < 0) {
                start = i;
            } else if (!fallback && start >= 0) {
                runs.add(new Run(start, i));
                start = -1;
            }
            i += Character.charCount(codePoint);
        }
        if (start >= 0) {
            runs.add(new Run(start, text.length()));
        }
        return runs;
    }

    /** The joiner, and marks such as variation selectors (non-spacing) and the keycap (enclosing). */
    private static boolean continuesSequence(int codePoint) {
        int type = Character.getType(codePoint);
        return codePoint == ZERO_WIDTH_JOINER || type == Character.NON_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }
}
