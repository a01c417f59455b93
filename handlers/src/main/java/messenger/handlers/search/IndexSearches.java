package messenger.handlers.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;
import messenger.handlers.spi.SearchIndexPlacement;
import messenger.protocol.Json;
import org.apache.lucene.search.FieldDoc;
import org.jboss.logging.Logger;

/**
 * Runs a search on the index that is kept up to date: this server's own, or in a cluster the one server's that
 * keeps it ({@link SearchIndexPlacement}). When that server does not answer (it just went away, and another has
 * not taken over yet) the search runs on this server's copy, which its indexer brings up to date every
 * {@code messenger.search.standby-every}, so a hit may be missing but a search never fails for it.
 */
@ApplicationScoped
public class IndexSearches {

    private static final Logger LOG = Logger.getLogger(IndexSearches.class);

    @Inject
    SearchIndex index;

    @Inject
    SearchIndexPlacement placement;

    List<FieldDoc> find(IndexQuestion question) {
        if (!placement.keptHere()) {
            try {
                String[] cursors = Json.GSON.fromJson(placement.askKeeper(question.toJson()).get(), String[].class);
                return Arrays.stream(cursors).map(question.sortedBy()::after).toList();
            } catch (ExecutionException e) {
                LOG.warnf("search: the server keeping the index did not answer (%s); searching this server's copy",
                        e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return question.searchIn(index);
    }

    /** Answers another server's {@link IndexQuestion} from this server's index: the hits' cursors, in JSON. */
    public String answer(String question) {
        IndexQuestion asked = IndexQuestion.fromJson(question);
        SearchOrder order = asked.sortedBy();
        return Json.GSON.toJson(asked.searchIn(index).stream().map(order::cursor).toList());
    }
}
