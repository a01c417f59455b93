package messenger.handlers.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import messenger.handlers.account.UserEntity;
import messenger.handlers.conversation.Memberships;
import messenger.handlers.spi.Fields;
import messenger.handlers.spi.Handles;
import messenger.handlers.spi.Reply;
import messenger.handlers.spi.Request;
import messenger.handlers.spi.RequestException;
import messenger.handlers.spi.RequestHandler;
import messenger.handlers.spi.Runs;
import messenger.handlers.spi.Session;
import messenger.protocol.ErrorCode;
import messenger.protocol.Requests;
import messenger.protocol.Results;
import org.apache.lucene.search.FieldDoc;

/** {@code search}: a page of the messages the user may read that match their words, from the search index. */
@ApplicationScoped
@Handles(type = Requests.Search.TYPE, runs = Runs.READ_ONLY)
public class SearchHandler implements RequestHandler {

    @Inject
    IndexSearches searches;

    @Override
    public Reply handle(Request request, Session session) {
        Requests.Search body = request.body(Requests.Search.class);
        String typed = Fields.required(body.query(), "query");
        if (typed.length() > Requests.Search.QUERY_MAX_CHARS) {
            throw Fields.badRequest("\"query\" is longer than " + Requests.Search.QUERY_MAX_CHARS + " characters");
        }
        int limit = Fields.limit(body.limit(), Requests.Search.DEFAULT_LIMIT, Requests.Search.MAX_LIMIT);
        SearchOrder order = SearchOrder.of(body.order());
        SearchQuery words = SearchQuery.parse(typed);
        Collection<Long> readable = readable(body.conversation(), session.requireIdentity().userId());
        IndexQuestion question = new IndexQuestion(typed, List.copyOf(readable), sender(body.sender()), body.since(),
                body.until(), body.order(), body.after(), limit).checked();

        List<FieldDoc> found = searches.find(question);
        Map<Long, Results.SearchHit> hits = SearchHits.current(found.stream().map(SearchPages::messageId).toList(),
                words, readable);
        return Reply.of(SearchPages.of(found, hits, order, limit, session.limits().maxHeader()));
    }

    private static Collection<Long> readable(Long conversation, long userId) {
        if (conversation == null) {
            return new HashSet<>(Memberships.conversationIds(userId));
        }
        long id = Fields.requiredId(conversation, "conversation");
        Memberships.requireMember(id, userId);
        return Set.of(id);
    }

    private static Long sender(String login) {
        if (login == null) {
            return null;
        }
        return UserEntity.findByLogin(login).map(user -> user.id)
                .orElseThrow(() -> new RequestException(ErrorCode.NOT_FOUND, "no user with login " + login));
    }
}
