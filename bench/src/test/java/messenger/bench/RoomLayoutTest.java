package messenger.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The membership the rooms scenario sets up, which its delivery check counts against. */
class RoomLayoutTest {

    @Test
    void theDefaultLayoutPutsEveryUserInTwoSmallRoomsAndOneBig() {
        RoomLayout layout = new RoomLayout(1000, 200, 10, 5, 200);

        assertThat(layout.rooms()).isEqualTo(205);
        assertThat(layout.memberships()).isEqualTo(200 * 10 + 5 * 200);
        for (int user = 0; user < 1000; user++) {
            List<Integer> rooms = layout.roomsOf(user);
            assertThat(rooms.stream().filter(room -> layout.kind(room) == RoomLayout.Kind.SMALL)).hasSize(2);
            assertThat(rooms.stream().filter(room -> layout.kind(room) == RoomLayout.Kind.BIG)).hasSize(1);
        }
    }

    @Test
    void membersAndRoomsOfUsersAreTheSameRelation() {
        RoomLayout layout = new RoomLayout(23, 7, 4, 2, 20);

        for (int room = 0; room < layout.rooms(); room++) {
            List<Integer> members = layout.members(room);
            assertThat(new HashSet<>(members)).as("room %d", room).hasSize(members.size());
            for (int member : members) {
                assertThat(layout.roomsOf(member)).contains(room);
            }
        }
        long memberships = IntStream.range(0, layout.users()).mapToLong(user -> layout.roomsOf(user).size()).sum();
        assertThat(memberships).isEqualTo(layout.memberships()).isEqualTo(7 * 4 + 2 * 20);
    }

    @Test
    void eachRoomIsSentToByOneOfItsMembersSpreadOverTheUsers() {
        RoomLayout layout = new RoomLayout(1000, 200, 10, 5, 200);

        for (int room = 0; room < layout.rooms(); room++) {
            assertThat(layout.members(room)).contains(layout.sender(room));
        }
        assertThat(IntStream.range(0, layout.rooms()).map(layout::sender).distinct().count()).isEqualTo(205);
    }

    @Test
    void aRoomLargerThanTheUsersIsRefused() {
        assertThatThrownBy(() -> new RoomLayout(5, 1, 3, 1, 6)).isInstanceOf(IllegalArgumentException.class);
        assertThat(new RoomLayout(6, 0, 30, 1, 6).rooms()).isEqualTo(1);
    }
}
