package messenger.handlers.message;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import messenger.handlers.HeaderBudget;
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
import messenger.protocol.Timestamps;

/**
 * The newest {@code limit} earlier texts of a message before {@code before} (or its newest) that fit in one reply
 * header, oldest first, for the members of its conversation.
 */
@ApplicationScoped
@Handles(type = Requests.MessageVersions.TYPE, runs = Runs.READ_ONLY)
public class MessageVersionsHandler implements RequestHandler {

    @Override
    public Reply handle(Request request, Session session) {
        Requests.MessageVersions body = request.body(Requests.MessageVersions.class);
        long message = Fields.requiredId(body.message(), "message");
        long before = body.before() == null ? Long.MAX_VALUE : Fields.nonNegative(body.before(), "before");
        int limit = Fields.limit(body.limit(), ProtocolRules.VERSIONS_MAX_LIMIT, ProtocolRules.VERSIONS_MAX_LIMIT);
        VisibleMessages.require(message, session.requireIdentity().userId());
        List<Results.Version> newestFirst = MessageVersionEntity.<MessageVersionEntity>find(
                        "messageId = ?1 and id < ?2 order by id desc", message, before)
                .page(0, limit + 1).list().stream()
                .map(version -> new Results.Version(version.id, version.text, Timestamps.format(version.replacedAt)))
                .toList();
        List<Results.Version> candidates = newestFirst.subList(0, Math.min(limit, newestFirst.size()));
        int keep = HeaderBudget.fitting(candidates, session.limits().maxHeader() - HeaderBudget.ENVELOPE, 1);
        List<Results.Version> page = new ArrayList<>(candidates.subList(0, keep));
        Collections.reverse(page);
        return Reply.of(new Results.Versions(page, keep < newestFirst.size()));
    }
}
