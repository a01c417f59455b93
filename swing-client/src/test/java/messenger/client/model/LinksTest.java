package messenger.client.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LinksTest {

    @Test
    void findsLinksWithoutTheSentencePunctuationAroundThem() {
        String text = "see https://example.org/a?b=1. and (www.example.com/x), or none";

        assertThat(Links.in(text)).extracting(Links.Link::url)
                .containsExactly("https://example.org/a?b=1", "https://www.example.com/x");
        Links.Link first = Links.in(text).get(0);
        assertThat(text.substring(first.start(), first.end())).isEqualTo("https://example.org/a?b=1");
    }

    @Test
    void plainTextHasNoLinks() {
        assertThat(Links.in("no link here, just example.org")).isEmpty();
    }
}
