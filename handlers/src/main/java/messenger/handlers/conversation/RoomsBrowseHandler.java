package messenger.handlers.conversation;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import messenger.handlers.spi.Fields;
import messenger.handlers.spi.Handles;
import messenger.handlers.spi.Reply;
import messenger.handlers.spi.Request;
import messenger.handlers.spi.RequestHandler;
import messenger.handlers.spi.Runs;
import messenger.handlers.spi.Session;
import messenger.protocol.Conversation;
import messenger.protocol.ProtocolRules;
import messenger.protocol.PublicRoom;
import messenger.protocol.Requests;
import messenger.protocol.Results;

/** Public rooms, optionally those whose name starts with a prefix, by id in pages. */
@ApplicationScoped
@Handles(type = Requests.RoomsBrowse.TYPE, runs = Runs.READ_ONLY)
public class RoomsBrowseHandler implements RequestHandler {

    @Override
    public Reply handle(Request request, Session session) {
        Requests.RoomsBrowse body = request.body(Requests.RoomsBrowse.class);
        long after = body.after() == null ? 0 : Fields.nonNegative(body.after(), "after");
        int limit = Fields.limit(body.limit(), ProtocolRules.BROWSE_DEFAULT_LIMIT, ProtocolRules.BROWSE_MAX_LIMIT);
        String prefix = body.prefix() == null ? "" : body.prefix();
        if (prefix.length() > ProtocolRules.ROOM_NAME_MAX) {
            throw Fields.badRequest("\"prefix\" must be at most " + ProtocolRules.ROOM_NAME_MAX + " characters");
        }
        List<ConversationEntity> rooms = Panache.getEntityManager()
                .createQuery("from ConversationEntity c where c.visibility = ?1 and c.id > ?2"
                        + " and c.nameKey like ?3 escape '" + Prefixes.ESCAPE + "' order by c.id",
                        ConversationEntity.class)
                .setParameter(1, Conversation.PUBLIC)
                .setParameter(2, after)
                .setParameter(3, Prefixes.pattern(prefix))
                .setMaxResults(limit + 1)
                .getResultList();
        boolean hasMore = rooms.size() > limit;
        List<ConversationEntity> page = hasMore ? rooms.subList(0, limit) : rooms;
        List<Long> ids = page.stream().map(room -> room.id).toList();
        Map<Long, Long> counts = new HashMap<>();
        Set<Long> joined = new HashSet<>();
        if (!ids.isEmpty()) {
            Panache.getEntityManager().createQuery("select m.conversationId, count(m) from MemberEntity m"
                            + " where m.conversationId in ?1 group by m.conversationId", Object[].class)
                    .setParameter(1, ids).getResultList()
                    .forEach(row -> counts.put((Long) row[0], ((Number) row[1]).longValue()));
            joined.addAll(Panache.getEntityManager().createQuery("select m.conversationId from MemberEntity m"
                            + " where m.conversationId in ?1 and m.userId = ?2", Long.class)
                    .setParameter(1, ids).setParameter(2, session.requireIdentity().userId()).getResultList());
        }
        return Reply.of(new Results.RoomPage(page.stream()
                .map(room -> new PublicRoom(room.id, room.name, room.topic,
                        counts.getOrDefault(room.id, 0L).intValue(), joined.contains(room.id)))
                .toList(), hasMore));
    }
}
