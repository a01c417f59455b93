package messenger.bench;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLongArray;
import messenger.protocol.Message;
import messenger.protocol.Requests;
import messenger.protocol.client.MessengerClient;

/**
 * One period of sending to the rooms of a {@link RoomLayout} at a fixed offered rate, every room the same share,
 * and the accounting of what each member's connection received: exactly the messages stored in its user's rooms,
 * each once, in id order. Anything else is counted, never dropped: pushes missing or in excess per connection and
 * room, pushes of a room the user is not in, and ids that did not increase.
 */
final class RoomsPhase {

    private final PhaseDeliveries deliveries;
    private final RoomLayout layout;
    private final long[] conversations;
    private final Map<Long, Integer> roomOfConversation = new HashMap<>();
    private final Map<RoomLayout.Kind, Latencies> sendToDeliveryByKind = new EnumMap<>(RoomLayout.Kind.class);
    /** Per user, pushes received per room, by the room's position in {@link RoomLayout#roomsOf}. */
    private final AtomicLongArray[] received;
    private final AtomicLongArray foreign;
    private final AtomicLongArray outOfOrder;
    private final AtomicLongArray lastId;

    /** {@code conversations[r]}: the conversation id of room r of the layout. */
    RoomsPhase(String token, RoomLayout layout, long[] conversations) {
        this.deliveries = new PhaseDeliveries(token);
        this.layout = layout;
        this.conversations = conversations.clone();
        for (int room = 0; room < conversations.length; room++) {
            roomOfConversation.put(conversations[room], room);
        }
        for (RoomLayout.Kind kind : RoomLayout.Kind.values()) {
            sendToDeliveryByKind.put(kind, new Latencies());
        }
        received = new AtomicLongArray[layout.users()];
        for (int user = 0; user < layout.users(); user++) {
            received[user] = new AtomicLongArray(layout.roomsOf(user).size());
        }
        foreign = new AtomicLongArray(layout.users());
        outOfOrder = new AtomicLongArray(layout.users());
        lastId = new AtomicLongArray(layout.users());
    }

    /** Called on the reader thread of {@code user}'s subscribed connection for every message push. */
    void onDelivery(int user, Message message) {
        Integer room = message.conversation() == null ? null : roomOfConversation.get(message.conversation());
        if (!deliveries.record(message, room == null ? null : sendToDeliveryByKind.get(layout.kind(room)))) {
            return;
        }
        if (lastId.getAndSet(user, message.id()) >= message.id()) {
            outOfOrder.incrementAndGet(user);
        }
        int position = room == null ? -1 : layout.roomsOf(user).indexOf(room);
        if (position < 0) {
            foreign.incrementAndGet(user);
        } else {
            received[user].incrementAndGet(position);
        }
    }

    /**
     * Sends at {@code perSecond} in total, {@code senders.get(r)} sending to room r at an equal share, then waits
     * for the replies and the pushes and checks every connection's.
     */
    Report run(List<MessengerClient> senders, double perSecond, double seconds, String text)
            throws InterruptedException {
        OpenLoopRequests.Outcome sends = OpenLoopRequests.run(senders, Requests.Send.TYPE, perSecond, seconds,
                (due, room, sequence) -> new Requests.Send(deliveries.clientMsgId(due, room, sequence), text, null,
                        conversations[room]));
        AtomicLongArray stored = sends.okByConnection();
        Map<RoomLayout.Kind, long[]> byKind = new EnumMap<>(RoomLayout.Kind.class);
        long expected = 0;
        for (int room = 0; room < layout.rooms(); room++) {
            long pushes = stored.get(room) * layout.members(room).size();
            expected += pushes;
            long[] kind = byKind.computeIfAbsent(layout.kind(room), k -> new long[3]);
            kind[0]++;
            kind[1] += stored.get(room);
            kind[2] += pushes;
        }
        deliveries.await(expected);

        Report report = new Report()
                .put("offeredPerSecond", perSecond).put("seconds", seconds)
                .put("sent", sends.sent()).put("stored", sends.ok()).put("errors", sends.errors())
                .put("unanswered", sends.unanswered()).put("firstError", sends.firstError())
                .put("storedPerSecond", sends.okPerSecond())
                .put("deliveries", deliveries.count()).put("expectedDeliveries", expected)
                .put("deliveriesPerSecond", deliveries.perSecond(sends.startNanos(), seconds))
                .put("deliveryCheck", check(stored))
                .put("sendToOk", sends.latencies().summary())
                .put("sendToDelivery", deliveries.sendToDelivery().summary());
        byKind.forEach((kind, counts) -> report.put(kind == RoomLayout.Kind.SMALL ? "smallRooms" : "bigRooms",
                new Report().put("rooms", counts[0]).put("stored", counts[1]).put("expectedDeliveries", counts[2])
                        .put("sendToDelivery", sendToDeliveryByKind.get(kind).summary())));
        return report;
    }

    /** Every connection against the messages stored in its user's rooms. */
    private Report check(AtomicLongArray stored) {
        long exact = 0;
        long missingSome = 0;
        long withExtra = 0;
        long missing = 0;
        long extra = 0;
        long foreignSum = 0;
        long outOfOrderSum = 0;
        for (int user = 0; user < layout.users(); user++) {
            List<Integer> rooms = layout.roomsOf(user);
            long userMissing = 0;
            long userExtra = 0;
            for (int position = 0; position < rooms.size(); position++) {
                long difference = received[user].get(position) - stored.get(rooms.get(position));
                if (difference < 0) {
                    userMissing -= difference;
                } else {
                    userExtra += difference;
                }
            }
            missing += userMissing;
            extra += userExtra;
            foreignSum += foreign.get(user);
            outOfOrderSum += outOfOrder.get(user);
            if (userMissing > 0) {
                missingSome++;
            }
            if (userExtra > 0) {
                withExtra++;
            }
            if (userMissing == 0 && userExtra == 0 && foreign.get(user) == 0 && outOfOrder.get(user) == 0) {
                exact++;
            }
        }
        return new Report()
                .put("exact", exact == layout.users())
                .put("connectionsExact", exact)
                .put("connectionsMissingSome", missingSome)
                .put("connectionsWithExtra", withExtra)
                .put("missing", missing)
                .put("extra", extra)
                .put("notTheirRooms", foreignSum)
                .put("outOfOrder", outOfOrderSum);
    }
}
