package messenger.client.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DraftsTest {

    private final Drafts drafts = new Drafts();

    @Test
    void eachConversationKeepsItsOwnDraft() {
        drafts.keep(1, "half a thought");
        drafts.keep(2, "another");

        assertThat(drafts.of(1)).isEqualTo("half a thought");
        assertThat(drafts.of(2)).isEqualTo("another");
        assertThat(drafts.of(3)).isEmpty();
    }

    @Test
    void blankTextOrForgettingLeavesNoDraft() {
        drafts.keep(1, "something");
        drafts.keep(1, "  \n");
        drafts.keep(2, "gone with the room");
        drafts.forget(2);

        assertThat(drafts.of(1)).isEmpty();
        assertThat(drafts.of(2)).isEmpty();
    }
}
