package messenger.handlers.live;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import messenger.handlers.account.UserEntity;
import messenger.handlers.spi.Fields;
import messenger.handlers.spi.Handles;
import messenger.handlers.spi.PresenceBoard;
import messenger.handlers.spi.Reply;
import messenger.handlers.spi.Request;
import messenger.handlers.spi.RequestHandler;
import messenger.handlers.spi.Runs;
import messenger.handlers.spi.Session;
import messenger.protocol.Presence;
import messenger.protocol.ProtocolRules;
import messenger.protocol.Requests;
import messenger.protocol.Results;
import messenger.protocol.Timestamps;

/** The presence of the users asked about, in the order asked; unknown logins are left out. */
@ApplicationScoped
@Handles(type = Requests.PresenceQuery.TYPE, runs = Runs.READ_ONLY)
public class PresenceHandler implements RequestHandler {

    @Inject
    PresenceBoard board;

    @Inject
    LastSeen lastSeen;

    @Override
    public Reply handle(Request request, Session session) {
        List<String> logins = Fields.required(request.body(Requests.PresenceQuery.class).logins(), "logins");
        if (logins.isEmpty() || logins.size() > ProtocolRules.PRESENCE_QUERY_MAX) {
            throw Fields.badRequest("\"logins\" must hold 1 to " + ProtocolRules.PRESENCE_QUERY_MAX + " logins");
        }
        if (logins.stream().anyMatch(login -> login == null || !ProtocolRules.isValidLogin(login))) {
            throw Fields.badRequest("\"logins\" holds something that is not a login");
        }
        session.requireIdentity();
        Map<String, UserEntity> byKey = new HashMap<>();
        UserEntity.<UserEntity>list("loginKey in ?1", logins.stream().map(UserEntity::keyOf).distinct().toList())
                .forEach(user -> byKey.put(user.loginKey, user));
        List<UserEntity> known = logins.stream().map(UserEntity::keyOf).distinct().map(byKey::get)
                .filter(user -> user != null).toList();
        Map<Long, String> statuses = board.statusesOf(known.stream().map(user -> user.id).toList());
        return Reply.of(new Results.Presences(known.stream().map(user -> presenceOf(user, statuses.get(user.id)))
                .toList()));
    }

    private Presence presenceOf(UserEntity user, String status) {
        Instant seen = Presence.OFFLINE.equals(status) ? lastSeen.of(user) : null;
        return new Presence(user.login, status, seen == null ? null : Timestamps.format(seen));
    }
}
