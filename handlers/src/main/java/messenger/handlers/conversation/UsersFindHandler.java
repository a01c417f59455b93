package messenger.handlers.conversation;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import messenger.handlers.spi.Fields;
import messenger.handlers.spi.Handles;
import messenger.handlers.spi.Reply;
import messenger.handlers.spi.Request;
import messenger.handlers.spi.RequestHandler;
import messenger.handlers.spi.Runs;
import messenger.handlers.spi.Session;
import messenger.protocol.ProtocolRules;
import messenger.protocol.Requests;
import messenger.protocol.Results;

/** Logins that start with what the user typed, for invitations and new direct conversations. */
@ApplicationScoped
@Handles(type = Requests.UsersFind.TYPE, runs = Runs.READ_ONLY)
public class UsersFindHandler implements RequestHandler {

    @Override
    public Reply handle(Request request, Session session) {
        Requests.UsersFind body = request.body(Requests.UsersFind.class);
        String prefix = Fields.required(body.prefix(), "prefix");
        if (prefix.isEmpty() || prefix.length() > ProtocolRules.LOGIN_MAX) {
            throw Fields.badRequest("\"prefix\" must be 1 to " + ProtocolRules.LOGIN_MAX + " characters");
        }
        int limit = Fields.limit(body.limit(), ProtocolRules.FIND_DEFAULT_LIMIT, ProtocolRules.FIND_MAX_LIMIT);
        return Reply.of(new Results.Logins(Panache.getEntityManager()
                .createQuery("select u.login from UserEntity u where u.loginKey like ?1 escape '"
                        + Prefixes.ESCAPE + "' order by u.loginKey", String.class)
                .setParameter(1, Prefixes.pattern(prefix))
                .setMaxResults(limit)
                .getResultList()));
    }
}
