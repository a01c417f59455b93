package messenger.handlers.live;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import messenger.handlers.conversation.Memberships;
import messenger.handlers.conversation.ReadMarkers;
import messenger.handlers.spi.Fields;
import messenger.handlers.spi.Handles;
import messenger.handlers.spi.Reply;
import messenger.handlers.spi.Request;
import messenger.handlers.spi.RequestHandler;
import messenger.handlers.spi.Runs;
import messenger.handlers.spi.Session;
import messenger.protocol.Requests;
import messenger.protocol.Results;

/** The other members' shared read markers, where the conversation shows read receipts. */
@ApplicationScoped
@Handles(type = Requests.Receipts.TYPE, runs = Runs.READ_ONLY)
public class ReceiptsHandler implements RequestHandler {

    @Override
    public Reply handle(Request request, Session session) {
        long conversation = Fields.requiredId(request.body(Requests.Receipts.class).conversation(), "conversation");
        long me = session.requireIdentity().userId();
        Memberships.requireMember(conversation, me);
        if (!ReadMarkers.receiptsShown(conversation)) {
            return Reply.of(new Results.Receipts(List.of()));
        }
        List<Results.Receipt> receipts = Panache.getEntityManager()
                .createQuery("select u.login, m.readUpTo from MemberEntity m, UserEntity u where u.id = m.userId"
                        + " and m.conversationId = ?1 and m.userId <> ?2 and m.readUpTo > 0 and u.shareReceipts = true"
                        + " order by u.loginKey", Object[].class)
                .setParameter(1, conversation).setParameter(2, me)
                .getResultStream()
                .map(row -> new Results.Receipt((String) row[0], (Long) row[1]))
                .toList();
        return Reply.of(new Results.Receipts(receipts));
    }
}
