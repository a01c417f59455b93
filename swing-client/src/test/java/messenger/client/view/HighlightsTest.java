package messenger.client.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import messenger.protocol.Results.Range;
import org.junit.jupiter.api.Test;

class HighlightsTest {

    @Test
    void matchedRangesAreBoldAndTheRestIsEscaped() {
        assertThat(Highlights.html("a <b> café & more", List.of(new Range(6, 10), new Range(13, 17))))
                .isEqualTo("a &lt;b&gt; <b>café</b> &amp; <b>more</b>");
    }

    @Test
    void rangesBeyondTheSnippetAreCutToIt() {
        assertThat(Highlights.html("short", List.of(new Range(3, 40)))).isEqualTo("sho<b>rt</b>");
    }
}
