package messenger.client.model;

import static org.assertj.core.api.Assertions.assertThat;

import messenger.client.model.Drafts.Draft;
import messenger.protocol.Message;
import org.junit.jupiter.api.Test;

class DraftsTest {

    private static final ChatMessage QUESTION = ChatMessage.stored(
            new Message(5, "bob", "2026-12-04T12:00:00Z", "lunch at noon?", "c5", null, 1L));

    private final Drafts drafts = new Drafts();

    @Test
    void eachConversationKeepsItsOwnDraft() {
        drafts.keep(1, new Draft("half a thought", null));
        drafts.keep(2, new Draft("another", QUESTION));

        assertThat(drafts.of(1)).isEqualTo(new Draft("half a thought", null));
        assertThat(drafts.of(2)).isEqualTo(new Draft("another", QUESTION));
        assertThat(drafts.of(3)).isEqualTo(Draft.NONE);
    }

    @Test
    void aReplyNotWrittenYetIsKeptToo() {
        drafts.keep(1, new Draft("", QUESTION));

        assertThat(drafts.of(1).replyTo()).isEqualTo(QUESTION);
    }

    @Test
    void blankTextAnsweringNothingOrForgettingLeavesNoDraft() {
        drafts.keep(1, new Draft("something", null));
        drafts.keep(1, new Draft("  \n", null));
        drafts.keep(2, new Draft("gone with the room", QUESTION));
        drafts.forget(2);

        assertThat(drafts.of(1)).isEqualTo(Draft.NONE);
        assertThat(drafts.of(2)).isEqualTo(Draft.NONE);
    }
}
