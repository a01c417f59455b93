package messenger.handlers.conversation;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import messenger.handlers.account.UserEntity;
import messenger.handlers.spi.Fields;
import messenger.handlers.spi.Handles;
import messenger.handlers.spi.Reply;
import messenger.handlers.spi.Request;
import messenger.handlers.spi.RequestHandler;
import messenger.handlers.spi.Runs;
import messenger.handlers.spi.Session;
import messenger.protocol.Member;
import messenger.protocol.ProtocolRules;
import messenger.protocol.Requests;
import messenger.protocol.Results;

/** The members of a conversation and their roles, in login order, in pages. */
@ApplicationScoped
@Handles(type = Requests.Members.TYPE, runs = Runs.READ_ONLY)
public class MembersHandler implements RequestHandler {

    @Override
    public Reply handle(Request request, Session session) {
        Requests.Members body = request.body(Requests.Members.class);
        long id = Fields.requiredId(body.conversation(), "conversation");
        int limit = Fields.limit(body.limit(), ProtocolRules.MEMBERS_DEFAULT_LIMIT, ProtocolRules.MEMBERS_MAX_LIMIT);
        Memberships.requireMember(id, session.requireIdentity().userId());
        String after = body.after() == null ? "" : UserEntity.keyOf(body.after());
        List<Member> members = Panache.getEntityManager()
                .createQuery("select new messenger.protocol.Member(u.login, m.role) from MemberEntity m, UserEntity u"
                        + " where u.id = m.userId and m.conversationId = ?1 and u.loginKey > ?2 order by u.loginKey",
                        Member.class)
                .setParameter(1, id)
                .setParameter(2, after)
                .setMaxResults(limit + 1)
                .getResultList();
        boolean hasMore = members.size() > limit;
        return Reply.of(new Results.MemberPage(hasMore ? members.subList(0, limit) : members, hasMore));
    }
}
