package messenger.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import messenger.protocol.Conversation;
import org.junit.jupiter.api.Test;

/** How a room name becomes one conversation, and what the user is told when it does not. */
class ResolverTest {

    private static final Conversation GENERAL = room(1, "general", "public");
    private static final Conversation DESIGN = room(12, "design", "public");
    private static final Conversation BOB = new Conversation(15, "direct", "bob", null, null, 2, "member", null,
            "2026-12-04T09:00:00Z", 0, 0);

    @Test
    void aNameMatchesIgnoringCase() {
        assertThat(match(List.of(GENERAL, DESIGN), "DESIGN")).isEqualTo(DESIGN);
        assertThat(match(List.of(GENERAL, DESIGN), "desig")).isNull();
    }

    @Test
    void anExactCaseMatchWinsOverNamesThatDifferInCaseOnly() {
        Conversation upper = room(20, "Design", "private");

        assertThat(match(List.of(DESIGN, upper), "Design")).isEqualTo(upper);
        assertThat(match(List.of(DESIGN, upper), "design")).isEqualTo(DESIGN);
    }

    @Test
    void twoRoomsOfTheSameNameAreAUsageErrorListingTheirIds() {
        Conversation other = room(40, "design", "private");

        assertThatThrownBy(() -> match(List.of(DESIGN, other), "DESIGN"))
                .isInstanceOfSatisfying(CliException.class, e -> {
                    assertThat(e.exitCode()).isEqualTo(ExitCodes.USAGE);
                    assertThat(e.getMessage()).isEqualTo("2 rooms are named 'DESIGN': #12 (public, 3 members), "
                            + "#40 (private, 3 members); give the one you mean as #ID");
                });
    }

    @Test
    void anUnknownNameListsTheUsersRoomsSortedAndHintsAtADirectConversation() {
        assertThat(Resolver.unknownRoom("desgn", List.of(GENERAL, DESIGN, BOB)))
                .isEqualTo("no room named 'desgn' among yours: design, general");
        assertThat(Resolver.unknownRoom("Bob", List.of(GENERAL, BOB)))
                .isEqualTo("no room named 'Bob' among yours: general; "
                        + "for your direct conversation with bob write @bob");
    }

    @Test
    void aLongListOfRoomsIsCut() {
        List<Conversation> many = new ArrayList<>();
        for (int i = 0; i < Resolver.NAMES_SHOWN + 5; i++) {
            many.add(room(100 + i, String.format("room-%02d", i), "public"));
        }

        assertThat(Resolver.unknownRoom("x\ny", many)).startsWith("no room named 'x\\ny' among yours: room-00, room-01")
                .endsWith("room-19 and 5 more");
    }

    private static Conversation match(List<Conversation> candidates, String name) {
        return Resolver.match(candidates, Conversation::name, name, Resolver::describe);
    }

    static Conversation room(long id, String name, String visibility) {
        return new Conversation(id, "room", name, null, visibility, 3, "member", null, "2026-12-04T09:15:30Z", 0, 0);
    }
}
