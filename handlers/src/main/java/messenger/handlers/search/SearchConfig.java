package messenger.handlers.search;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Optional;

/** The {@code messenger.search.*} settings (MESSENGER_SEARCH_DIRECTORY, …). */
@ConfigMapping(prefix = "messenger.search")
public interface SearchConfig {

    /** The directory of this server's search index; by default {@code search} in the data directory. */
    Optional<String> directory();

    /** How often the indexer looks for new log entries (a Quarkus scheduler period); read by {@code SearchIndexer}. */
    @WithDefault("1s")
    String indexEvery();

    /** The most log entries (messages, edits, deletions) the indexer reads per transaction and commits at once. */
    @WithDefault("2000")
    int indexBatch();
}
