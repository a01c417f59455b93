package messenger.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.ZoneId;
import java.util.List;
import messenger.protocol.Conversation;
import messenger.protocol.Member;
import messenger.protocol.PublicRoom;
import org.junit.jupiter.api.Test;

class ConversationPrinterTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final String NL = System.lineSeparator();

    private final StringWriter out = new StringWriter();

    @Test
    void conversationsAreAlignedColumnsOfIdNameUnreadTimeAndDetails() {
        Conversation design = new Conversation(12, "room", "design", "the new logo", "public", 8, "owner", null,
                "2026-12-04T09:15:30.123Z", 3, 1040);
        Conversation secret = new Conversation(7, "room", "secret", null, "private", 1, "member", null,
                "2026-12-03T08:00:00Z", 0, 0);
        Conversation bob = new Conversation(130, "direct", "bob", null, null, 2, "member", null,
                "2026-12-04T10:00:00Z", 1000, 0);

        printer(false).conversations(List.of(design, secret, bob));

        assertThat(out.toString()).isEqualTo(
                "#12   design  3 unread      2026-12-04 10:15:30  public room, 8 members, owner — the new logo" + NL
                + "#7    secret                2026-12-03 09:00:00  private room, 1 member" + NL
                + "#130  @bob    1000+ unread  2026-12-04 11:00:00  direct" + NL);
    }

    @Test
    void mentionsAndANotificationLevelOtherThanTheDefaultAreShown() {
        Conversation design = new Conversation(12, "room", "design", null, "public", 8, "member", null,
                "2026-12-04T09:15:30Z", 3, 1040, 1, Conversation.NOTIFICATIONS_NONE);
        Conversation ops = new Conversation(13, "room", "ops", null, "public", 2, "member", null,
                "2026-12-04T09:15:30Z", 0, 0, 0, Conversation.NOTIFICATIONS_MENTIONS);
        Conversation bob = new Conversation(130, "direct", "bob", null, null, 2, "member", null,
                "2026-12-04T10:00:00Z", 0, 0, 0, Conversation.NOTIFICATIONS_MENTIONS);

        assertThat(printer(false).row(design)).containsExactly("#12", "design", "3 unread, 1 @you",
                "2026-12-04 10:15:30", "public room, 8 members, notify: none");
        assertThat(printer(false).row(ops)).endsWith("public room, 2 members");
        assertThat(printer(false).row(bob)).endsWith("direct, notify: mentions");
    }

    @Test
    void namesAndTopicsOthersChoseAreEscaped() {
        Conversation evil = new Conversation(3, "room", "a\nb\u001b[2J", "x\u202Ey", "public", 2, "member", null,
                "2026-12-04T09:15:30Z", 0, 0);

        printer(false).conversations(List.of(evil));

        assertThat(out.toString()).isEqualTo(
                "#3  a\\nb\\u001b[2J  2026-12-04 10:15:30  public room, 2 members — x\\u202ey" + NL);
    }

    @Test
    void jsonIsOneProtocolObjectPerLine() {
        Conversation bob = new Conversation(130, "direct", "bob", null, null, 2, "member", null,
                "2026-12-04T10:00:00Z", 1, 1041);

        printer(true).conversations(List.of(bob));
        printer(true).rooms(List.of(new PublicRoom(12, "design", null, 8, true)));
        printer(true).members(List.of(new Member("alice", "owner")));

        assertThat(out.toString()).isEqualTo("{\"id\":130,\"kind\":\"direct\",\"name\":\"bob\",\"members\":2,"
                + "\"role\":\"member\",\"lastActivity\":\"2026-12-04T10:00:00Z\",\"unread\":1,\"readUpTo\":1041,"
                + "\"mentions\":0}" + NL
                + "{\"id\":12,\"name\":\"design\",\"members\":8,\"joined\":true}" + NL
                + "{\"login\":\"alice\",\"role\":\"owner\"}" + NL);
    }

    @Test
    void publicRoomsShowMembersWhetherJoinedAndTopic() {
        printer(false).rooms(List.of(new PublicRoom(12, "design", "logos", 8, true),
                new PublicRoom(140, "ops", null, 1, false)));

        assertThat(out.toString()).isEqualTo("#12   design  8 members  joined  — logos" + NL
                + "#140  ops     1 member" + NL);
    }

    @Test
    void membersAreLoginAndRole() {
        printer(false).members(List.of(new Member("alice", "owner"), new Member("bob", "member")));

        assertThat(out.toString()).isEqualTo("alice  owner" + NL + "bob    member" + NL);
    }

    @Test
    void latestActivityComesFirst() {
        Conversation old = ResolverTest.room(1, "general", "public");
        Conversation newer = new Conversation(2, "room", "b", null, "public", 1, "member", null,
                "2026-12-05T00:00:00Z", 0, 0);
        Conversation sameTimeHigherId = new Conversation(3, "room", "c", null, "public", 1, "member", null,
                "2026-12-05T00:00:00Z", 0, 0);
        Conversation noTime = new Conversation(4, "room", "d", null, "public", 1, "member", null, null, 0, 0);

        assertThat(List.of(old, noTime, newer, sameTimeHigherId).stream()
                .sorted(ConversationsCommand.LATEST_FIRST).map(Conversation::id).toList())
                .containsExactly(3L, 2L, 1L, 4L);
    }

    @Test
    void tableColumnsAreAsWideAsTheirWidestCellWithoutTrailingSpaces() {
        assertThat(Table.lines(List.of(List.of("a", "bb", ""), List.of("ccc", "d", "e"))))
                .containsExactly("a    bb", "ccc  d   e");
        assertThat(Table.lines(List.of(List.of("a", "", "b"), List.of("c", "", "d")))).containsExactly("a  b", "c  d");
        assertThat(Table.lines(List.of(List.of("ü😀", "x"), List.of("abc", "y"))))
                .containsExactly("ü😀   x", "abc  y");
    }

    private ConversationPrinter printer(boolean json) {
        return new ConversationPrinter(new PrintWriter(out, true), json, BERLIN);
    }
}
