package messenger.handlers.search;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.Startup;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import messenger.handlers.HandlerConfig;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.store.AlreadyClosedException;
import org.apache.lucene.store.FSDirectory;
import org.jboss.logging.Logger;

/**
 * This server's Lucene index of the message log, in its own directory. The id of the last log entry applied (the
 * cursor) is kept in each commit's user data, so the index and its cursor always agree, and a deleted directory
 * is rebuilt from the database; so is an index written by another {@link SearchAnalyzer#VERSION}, whose version is
 * kept there too. Written by {@link SearchIndexer} alone; searched by any thread.
 *
 * <p>A batch is searchable as soon as it is applied (a near-real-time reader), but committed, and so forced to
 * disk, at most every {@link #COMMIT_EVERY_NANOS} and when the server stops: a commit a second took most of an
 * indexing server's CPU (docs/benchmarks.md, "The search index committed every 30 s"). After a crash the index goes back to
 * its last commit and applies the log again from that commit's cursor; so it does after a failed write (a full disk),
 * which closes Lucene's writer for good, without a restart.
 */
@Startup
@ApplicationScoped
public class SearchIndex {

    private static final Logger LOG = Logger.getLogger(SearchIndex.class);
    private static final String CURSOR = "cursor";
    private static final String ANALYZER = "analyzer";
    /** The version of the analyzer before its version was kept. */
    private static final String UNVERSIONED = "0";
    private static final long COMMIT_EVERY_NANOS = TimeUnit.SECONDS.toNanos(30);

    @Inject
    HandlerConfig handlerConfig;

    @Inject
    SearchConfig config;

    private Path path;
    private FSDirectory directory;
    private IndexWriter writer;
    /** Replaced, by the indexer's thread, when the writer is opened again after a failed write. */
    private volatile SearcherManager searchers;
    private volatile long cursor;
    private boolean closed;
    private long committedAt = System.nanoTime();

    /**
     * Opened as the bean is made (at start-up, {@link Startup}), not in a start-up observer: the indexer's first
     * scheduled run may come before such an observer has run, and would find no writer.
     */
    @PostConstruct
    void open() throws IOException {
        open(Path.of(config.directory().orElseGet(() -> Path.of(handlerConfig.dataDir(), "search").toString())));
    }

    void open(Path path) throws IOException {
        this.path = path;
        directory = FSDirectory.open(path);
        openWriter();
        LOG.infof("search index in %s, up to log entry %d", path, cursor);
    }

    /** Opens the writer and its readers at the last commit; an index of another analyzer version is emptied. */
    private void openWriter() throws IOException {
        Files.createDirectories(path);
        // sorted newest first like the default order, so a search stops after the first page's hits in a segment
        writer = new IndexWriter(directory, new IndexWriterConfig(Tokens.ANALYZER)
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND).setIndexSort(SearchOrder.NEWEST.sort()));
        searchers = new SearcherManager(writer, null);
        Map<String, String> data = writer.getLiveCommitData() == null ? Map.of() : toMap(writer);
        cursor = Long.parseLong(data.getOrDefault(CURSOR, "0"));
        String version = data.getOrDefault(ANALYZER, UNVERSIONED);
        if (!data.isEmpty() && !version.equals(SearchAnalyzer.VERSION)) {
            LOG.warnf("the search index in %s was written by analyzer version %s, this server's is %s: rebuilding it",
                    path, version, SearchAnalyzer.VERSION);
            clear();
        }
    }

    void onStop(@Observes ShutdownEvent event) throws IOException {
        close();
    }

    /** Waits for a batch being applied: the indexer may still be at one when the server stops. */
    synchronized void close() throws IOException {
        closed = true;
        writer.commit();
        searchers.close();
        writer.close();
        directory.close();
    }

    /** The id of the last log entry the index reflects. */
    long cursor() {
        return cursor;
    }

    /**
     * Applies rows in order (a deleted one leaves the index, any other is added or replaced) and makes them
     * searchable; false when nothing was applied: the index is closed (the server stopping), or a write failed and
     * the index is back at its last commit, whose cursor the log is to be applied from again.
     */
    synchronized boolean apply(List<LogEntries.Row> rows, long upTo) throws IOException {
        if (closed) {
            return false;
        }
        try {
            for (LogEntries.Row row : rows) {
                Term key = MessageDocuments.key(row.id());
                if (row.deleted()) {
                    writer.deleteDocuments(key);
                } else {
                    writer.updateDocument(key, MessageDocuments.of(row));
                }
            }
            advance(upTo, System.nanoTime() - committedAt >= COMMIT_EVERY_NANOS);
            return true;
        } catch (IOException | AlreadyClosedException e) {
            if (writer.getTragicException() == null) {
                throw e;
            }
            reopen();
            return false;
        }
    }

    /** After a write that closed the writer: searches see the last commit until the indexer has caught up again. */
    private void reopen() throws IOException {
        LOG.warnf(writer.getTragicException(), "writing the search index failed: opening it again at its last commit");
        SearcherManager failed = searchers;
        openWriter();
        failed.close();
    }

    /** Empties the index: its log entries are not those of the database (a database replaced under it). */
    synchronized void clear() throws IOException {
        writer.deleteAll();
        advance(0, true);
    }

    /** Moves the cursor to {@code upTo}, the next commit's; commits now if asked to. */
    private void advance(long upTo, boolean commit) throws IOException {
        writer.setLiveCommitData(Map.of(CURSOR, Long.toString(upTo), ANALYZER, SearchAnalyzer.VERSION).entrySet());
        if (commit) {
            writer.commit();
            committedAt = System.nanoTime();
        }
        searchers.maybeRefresh();
        cursor = upTo;
    }

    /** The first {@code count} hits of {@code query} in {@code sort} order after {@code after} (null: the start). */
    List<FieldDoc> search(Query query, Sort sort, FieldDoc after, int count) {
        SearcherManager current = searchers;
        try {
            IndexSearcher searcher = current.acquire();
            try {
                int maxDoc = searcher.getIndexReader().maxDoc();
                if (maxDoc == 0) {
                    return List.of();
                }
                // a cursor names sort values only: past every document that ties with them, i.e. the last one
                FieldDoc past = after == null ? null : new FieldDoc(maxDoc - 1, after.score, after.fields);
                TopFieldDocs top = searcher.searchAfter(past, query, count, sort, false);
                return Arrays.stream(top.scoreDocs).map(FieldDoc.class::cast).toList();
            } finally {
                current.release(searcher);
            }
        } catch (AlreadyClosedException e) {
            if (current == searchers) {
                throw e;
            }
            // the writer was opened again after a failed write, with new readers
            return search(query, sort, after, count);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the search index", e);
        }
    }

    private static Map<String, String> toMap(IndexWriter writer) {
        Map<String, String> map = new HashMap<>();
        writer.getLiveCommitData().forEach(entry -> map.put(entry.getKey(), entry.getValue()));
        return map;
    }
}
