package messenger.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Who is in which room, by user index: {@code small} rooms of {@code smallSize} members, then {@code big} rooms
 * of {@code bigSize}. Each kind deals its users out in turn, room after room, wrapping around the U users: small
 * room r holds users {@code r × smallSize … r × smallSize + smallSize − 1} (modulo U), likewise the big rooms,
 * so with enough rooms every user is in some of each kind and no user is in a room twice (U ≥ the room size).
 * Each room's sender, who also creates it and invites the others, is its first member who sends to the fewest
 * rooms so far: the senders are spread over the users, one room each while there are users enough.
 */
final class RoomLayout {

    enum Kind { SMALL, BIG }

    private final int users;
    private final int small;
    private final List<List<Integer>> members = new ArrayList<>();
    private final List<List<Integer>> roomsOfUser = new ArrayList<>();
    private final List<Integer> senders = new ArrayList<>();
    /** Per user, the rooms it sends to so far. */
    private final int[] sending;

    RoomLayout(int users, int small, int smallSize, int big, int bigSize) {
        if (users < Math.max(small > 0 ? smallSize : 1, big > 0 ? bigSize : 1)) {
            throw new IllegalArgumentException("rooms needs at least as many users as the largest room has members");
        }
        this.users = users;
        this.small = small;
        this.sending = new int[users];
        for (int i = 0; i < users; i++) {
            roomsOfUser.add(new ArrayList<>());
        }
        deal(small, smallSize);
        deal(big, bigSize);
    }

    private void deal(int rooms, int size) {
        for (int r = 0; r < rooms; r++) {
            List<Integer> room = new ArrayList<>(size);
            int sender = -1;
            for (int j = 0; j < size; j++) {
                int user = (int) (((long) r * size + j) % users);
                room.add(user);
                roomsOfUser.get(user).add(members.size());
                if (sender < 0 || sending[user] < sending[sender]) {
                    sender = user;
                }
            }
            sending[sender]++;
            senders.add(sender);
            members.add(Collections.unmodifiableList(room));
        }
    }

    int users() {
        return users;
    }

    int rooms() {
        return members.size();
    }

    Kind kind(int room) {
        return room < small ? Kind.SMALL : Kind.BIG;
    }

    /** The members of a room, by user index. */
    List<Integer> members(int room) {
        return members.get(room);
    }

    /** The member who creates this room, invites the others and sends to it. */
    int sender(int room) {
        return senders.get(room);
    }

    /** The rooms a user is in, ascending. */
    List<Integer> roomsOf(int user) {
        return Collections.unmodifiableList(roomsOfUser.get(user));
    }

    /** Memberships in all: the pushes one message to every room makes. */
    long memberships() {
        return members.stream().mapToLong(List::size).sum();
    }
}
