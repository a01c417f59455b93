package messenger.client.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class MarkupTest {

    @Test
    void boldItalicAndCodeLoseTheirMarkersAndKeepTheirStyles() {
        FormattedText text = Markup.format("a *bold* and _italic_ and `code` here");

        assertThat(text.shown()).isEqualTo("a bold and italic and code here");
        assertThat(styled(text)).isEqualTo("a [BOLD:bold] and [ITALIC:italic] and [CODE:code] here");
    }

    @Test
    void emphasisNests() {
        assertThat(styled(Markup.format("*bold _both_ bold*"))).isEqualTo("[BOLD:bold ][BOLD,ITALIC:both][BOLD: bold]");
        assertThat(styled(Markup.format("_*both*_"))).isEqualTo("[BOLD,ITALIC:both]");
        assertThat(styled(Markup.format("*bold `code` bold*"))).isEqualTo("[BOLD:bold ][BOLD,CODE:code][BOLD: bold]");
    }

    @Test
    void unclosedMarkersArePlainText() {
        for (String plain : new String[] {"*not bold", "_not italic", "`not code", "a * b * c", "*", "**", "``x",
                "*bold\nacross lines*", "```\nnever closed"}) {
            FormattedText text = Markup.format(plain);
            assertThat(text.shown()).as(plain).isEqualTo(plain);
            assertThat(styled(text)).as(plain).isEqualTo(plain);
        }
    }

    @Test
    void markersInsideWordsAndDoubledMarkersAreNotFormatting() {
        for (String plain : new String[] {"snake_case_names", "2*3*4", "__init__", "**not markdown bold**",
                "file_name_v2.txt", "a*b c*d"}) {
            assertThat(styled(Markup.format(plain))).as(plain).isEqualTo(plain);
        }
        assertThat(styled(Markup.format("_snake_case_"))).isEqualTo("[ITALIC:snake_case]");
    }

    @Test
    void aCodeSpanShowsStarsAndUnderscoresAsTheyAre() {
        FormattedText text = Markup.format("run `a*b*c + snake_case_name` now");

        assertThat(styled(text)).isEqualTo("run [CODE:a*b*c + snake_case_name] now");
        assertThat(styled(Markup.format("*see `x*y` too*"))).isEqualTo("[BOLD:see ][BOLD,CODE:x*y][BOLD: too]");
    }

    @Test
    void aFencedBlockShowsItsLinesAsCodeWithoutTheFences() {
        assertThat(styled(Markup.format("before\n```\nint *p = a_b;\n`x`\n```\nafter")))
                .isEqualTo("before\n[CODE_BLOCK:int *p = a_b;\n`x`]\nafter");
        assertThat(styled(Markup.format("```one line```"))).isEqualTo("[CODE_BLOCK:one line]");
        assertThat(styled(Markup.format("```\n```"))).as("an empty block").isEqualTo("```\n```");
    }

    @Test
    void quotedLinesAreShownWithoutTheirMarkerAndMayBeFormatted() {
        assertThat(styled(Markup.format("> first *said*\n> second\nmine")))
                .isEqualTo("[QUOTE:first ][BOLD,QUOTE:said]\n[QUOTE:second]\nmine");
        assertThat(styled(Markup.format(">not a quote"))).isEqualTo(">not a quote");
    }

    @Test
    void linksAreNeverFormattedInsideAndLandWhereTheyAreShown() {
        FormattedText text = Markup.format("*see https://example.org/_a_/x_y*");

        assertThat(styled(text)).isEqualTo("[BOLD:see https://example.org/_a_/x_y]");
        Links.Link link = text.links().get(0);
        assertThat(text.shown().substring(link.start(), link.end())).isEqualTo("https://example.org/_a_/x_y");
        assertThat(link.url()).isEqualTo("https://example.org/_a_/x_y");
    }

    @Test
    void theWholeMessageCopiesAsTypedAndAStretchWithTheMarkersBetween() {
        String typed = "*Hi* you, `code` and\n> _quoted_";
        FormattedText text = Markup.format(typed);

        assertThat(text.source(0, text.shown().length())).isEqualTo(typed);
        int you = text.shown().indexOf("you");
        assertThat(text.source(you, you + 3)).isEqualTo("you");
        assertThat(text.source(you, text.shown().indexOf("code") + 4)).isEqualTo("you, `code");
        assertThat(text.source(you, you)).isEmpty();
    }

    @Test
    void plainTextIsOneRunShownAsTyped() {
        FormattedText text = Markup.format("just text 😀\nsecond line");

        assertThat(text.shown()).isEqualTo("just text 😀\nsecond line");
        assertThat(text.runs()).containsExactly(new FormattedText.Run(0, text.shown().length(), Set.of()));
        assertThat(Markup.format("").shown()).isEmpty();
    }

    /** The shown text with each styled run written as [STYLE,STYLE:text]. */
    private static String styled(FormattedText text) {
        return text.runs().stream().map(run -> {
            String part = text.shown().substring(run.start(), run.end());
            return run.styles().isEmpty() ? part : "[" + run.styles().stream().sorted().map(Enum::name)
                    .collect(Collectors.joining(",")) + ":" + part + "]";
        }).collect(Collectors.joining());
    }
}
