package messenger.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.ZoneId;
import java.util.List;
import messenger.protocol.ConversationEvent;
import messenger.protocol.Message;
import org.junit.jupiter.api.Test;

/** What tail shows of the conversations it follows, and how it names them. */
class FollowedTest {

    private static final String AT = "2026-12-04T09:16:00Z";

    @Test
    void oneConversationShowsOnlyItsMessagesUnlabelled() {
        Followed design = Followed.one(ResolverTest.room(12, "design", "public"), "alice");

        assertThat(design.shows(message(12))).isTrue();
        assertThat(design.shows(message(13))).isFalse();
        assertThat(design.shows(new Message(1, "bob", AT, "hi", "c", null))).isFalse();
        assertThat(design.label(12L)).isNull();
        assertThat(design.followsOne()).isTrue();
    }

    @Test
    void everythingShowsWhatTheSessionDeliversUnlabelled() {
        Followed general = Followed.everything("alice");

        assertThat(general.shows(new Message(1, "bob", AT, "hi", "c", null))).isTrue();
        assertThat(general.label(1L)).isNull();
        assertThat(general.followsOne()).isFalse();
    }

    @Test
    void allLabelsByNameLearntFromTheListingAndFromChanges() {
        Followed all = Followed.all(List.of(ResolverTest.room(12, "design", "public")), "alice");

        assertThat(all.label(12L)).isEqualTo("design");
        assertThat(all.label(99L)).isEqualTo("#99");

        all.learn(event(12, ConversationEvent.RENAMED, "bob", null, "logos"));
        all.learn(event(20, ConversationEvent.CREATED, "bob", null, "ops"));
        all.learn(event(21, ConversationEvent.CREATED, "carol", "alice", null));
        all.learn(event(22, ConversationEvent.CREATED, "alice", "dave", null));

        assertThat(all.label(12L)).isEqualTo("logos");
        assertThat(all.label(20L)).isEqualTo("ops");
        assertThat(all.label(21L)).isEqualTo("@carol");
        assertThat(all.label(22L)).isEqualTo("@dave");
        assertThat(all.knows(23)).isFalse();
    }

    @Test
    void leavingOrBeingRemovedEndsMembershipJoiningAddsOnlyForTheUser() {
        Followed all = Followed.all(List.of(), "alice");

        assertThat(all.endsMembership(event(12, ConversationEvent.LEFT, null, "alice", null))).isTrue();
        assertThat(all.endsMembership(event(12, ConversationEvent.REMOVED, "bob", "Alice", null))).isTrue();
        assertThat(all.endsMembership(event(12, ConversationEvent.LEFT, null, "bob", null))).isFalse();
        assertThat(all.addsMe(event(12, ConversationEvent.JOINED, "bob", "alice", null))).isTrue();
        assertThat(all.addsMe(event(12, ConversationEvent.JOINED, "bob", "carol", null))).isFalse();
    }

    @Test
    void changesAreLinesForPeopleLabelledAfterTheTime() {
        StringWriter out = new StringWriter();
        MessagePrinter printer = new MessagePrinter(new PrintWriter(out, true), false, ZoneId.of("UTC"));

        printer.print(event(12, ConversationEvent.JOINED, "bob", "bob", null), "design");
        printer.print(event(12, ConversationEvent.JOINED, "alice", "bob", null), null);
        printer.print(event(12, ConversationEvent.REMOVED, "alice", "bob", null), null);
        printer.print(new ConversationEvent(5, 12, ConversationEvent.TOPIC, "alice", null, AT, null, "", null, null),
                null);
        printer.print(new ConversationEvent(5, 12, ConversationEvent.READ, null, "alice", AT, null, null, null, 4L),
                null);
        printer.print(message(12), "design");

        assertThat(out.toString().lines()).containsExactly(
                "2026-12-04 09:16:00 [design] * bob joined",
                "2026-12-04 09:16:00 * bob was added by alice",
                "2026-12-04 09:16:00 * bob was removed by alice",
                "2026-12-04 09:16:00 * alice cleared the topic",
                "2026-12-04 09:16:00 [design] bob: hi");
    }

    @Test
    void changesAreNotPrintedAsJson() {
        StringWriter out = new StringWriter();

        new MessagePrinter(new PrintWriter(out, true), true, ZoneId.of("UTC"))
                .print(event(12, ConversationEvent.LEFT, null, "bob", null), "design");

        assertThat(out.toString()).isEmpty();
    }

    private static Message message(long conversation) {
        return new Message(1, "bob", AT, "hi", "c", null, conversation);
    }

    private static ConversationEvent event(long conversation, String kind, String by, String login, String name) {
        return new ConversationEvent(5, conversation, kind, by, login, AT, name, null, null, null);
    }
}
