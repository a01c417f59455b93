package messenger.handlers.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The index on disk across restarts and failed writes: kept while its analyzer is this server's, emptied to be
 * rebuilt when not, and opened again at its last commit when a write fails.
 */
class SearchIndexTest {

    private static final LogEntries.Row MESSAGE = row(42, "the deployment is done");

    @TempDir
    Path folder;

    @Test
    void anIndexOfThisAnalyzerIsKept() throws IOException {
        writeIndex();

        SearchIndex reopened = new SearchIndex();
        reopened.open(folder);
        try {
            assertThat(reopened.cursor()).isEqualTo(42);
            assertThat(hits(reopened, "deployment")).hasSize(1);
        } finally {
            reopened.close();
        }
    }

    @Test
    void anIndexOfAnAnalyzerBeforeVersionsIsEmptiedForTheIndexerToRebuild() throws IOException {
        writeIndex();
        // as the server wrote it before the analyzer's version was kept: the cursor only
        try (FSDirectory directory = FSDirectory.open(folder);
             IndexWriter old = new IndexWriter(directory, new IndexWriterConfig(Tokens.ANALYZER)
                     .setIndexSort(SearchOrder.NEWEST.sort()))) {
            old.setLiveCommitData(Map.of("cursor", "42").entrySet());
            old.commit();
        }

        SearchIndex reopened = new SearchIndex();
        reopened.open(folder);
        try {
            assertThat(reopened.cursor()).isZero();
            assertThat(hits(reopened, "deployment")).isEmpty();
        } finally {
            reopened.close();
        }
    }

    @Test
    void aFailedWriteReopensTheIndexAtItsLastCommitAndTheLogIsAppliedAgainFromThere() throws IOException {
        writeIndex();
        SearchIndex index = new SearchIndex();
        index.open(folder);
        try {
            assertThat(index.apply(List.of(row(50, "uncommitted night shift")), 50)).isTrue();
            assertThat(hits(index, "night")).hasSize(1);
            // files changed under the writer, as by a full disk: its next write fails and closes it for good
            Files.delete(folder.resolve(IndexWriter.WRITE_LOCK_NAME));

            assertThat(index.apply(List.of(row(60, "lost deployment")), 60)).as("nothing applied").isFalse();
            assertThat(index.cursor()).as("the last commit's").isEqualTo(42);
            assertThat(hits(index, "night")).isEmpty();
            assertThat(index.apply(List.of(row(50, "uncommitted night shift"), row(60, "lost deployment")), 60))
                    .isTrue();
            assertThat(hits(index, "deployment")).hasSize(2);
            assertThat(hits(index, "night")).hasSize(1);
        } finally {
            index.close();
        }
    }

    private void writeIndex() throws IOException {
        SearchIndex index = new SearchIndex();
        index.open(folder);
        index.apply(List.of(MESSAGE), 42);
        index.close();
    }

    private static LogEntries.Row row(long id, String text) {
        return new LogEntries.Row(id, 1, 7, Instant.parse("2026-12-01T10:00:00Z").plusSeconds(id), text, null, false);
    }

    private static List<FieldDoc> hits(SearchIndex index, String words) {
        return index.search(SearchQuery.parse(words).query(), SearchOrder.NEWEST.sort(), null, 10);
    }
}
