package messenger.handlers.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import messenger.handlers.spi.SearchIndexPlacement;
import messenger.protocol.Json;
import org.apache.lucene.search.FieldDoc;
import org.jboss.logging.Logger;

/**
 * Runs a search on the index that is kept up to date: this server's own, or in a cluster the one server's that
 * keeps it ({@link SearchIndexPlacement}). When that server does not answer, asking it finds out who keeps the index
 * now: another server, which is asked in turn, or this one, which brings its copy up to date before searching it.
 * Only when no keeper answers twice does the search run on this server's copy as it is (brought up to date every
 * {@code messenger.search.standby-every}), so a hit may be missing but a search never fails for it.
 */
@ApplicationScoped
public class IndexSearches {

    private static final Logger LOG = Logger.getLogger(IndexSearches.class);
    /** Once the server it thought kept the index, and once the one that keeps it after that. */
    private static final int MAX_ASKS = 2;

    @Inject
    SearchIndex index;

    @Inject
    SearchIndexPlacement placement;

    @Inject
    SearchIndexer indexer;

    List<FieldDoc> find(IndexQuestion question) {
        boolean keeperGone = false;
        for (int asked = 0; asked < MAX_ASKS && !placement.keptHere(); asked++) {
            Optional<List<FieldDoc>> answered = fromKeeper(question);
            if (answered.isPresent()) {
                return answered.get();
            }
            keeperGone = true;
        }
        if (keeperGone && placement.keptHere()) {
            // this server took the index over just now: its copy may be up to a standby period behind
            indexer.catchUpNow();
        }
        return question.searchIn(index);
    }

    /** The keeper's hits; empty when it did not answer, which asking found out (and another server may keep it now). */
    private Optional<List<FieldDoc>> fromKeeper(IndexQuestion question) {
        try {
            String[] cursors = Json.GSON.fromJson(placement.askKeeper(question.toJson()).get(), String[].class);
            return Optional.of(Arrays.stream(cursors).map(question.sortedBy()::after).toList());
        } catch (ExecutionException e) {
            LOG.warnf("search: the server keeping the index did not answer (%s)", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return Optional.empty();
    }

    /** Answers another server's {@link IndexQuestion} from this server's index: the hits' cursors, in JSON. */
    public String answer(String question) {
        IndexQuestion asked = IndexQuestion.fromJson(question);
        SearchOrder order = asked.sortedBy();
        return Json.GSON.toJson(asked.searchIn(index).stream().map(order::cursor).toList());
    }
}
