package messenger.handlers.search;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/** The {@code messenger.search.*} settings (MESSENGER_SEARCH_DIRECTORY, …). */
@ConfigMapping(prefix = "messenger.search")
public interface SearchConfig {

    /** The directory of this server's search index; by default {@code search} in the data directory. */
    Optional<String> directory();

    /** How often the indexer looks for new log entries (a Quarkus scheduler period); read by {@code SearchIndexer}. */
    @WithDefault("1s")
    String indexEvery();

    /**
     * How often a server of a cluster that does not keep the index brings its own copy up to date, so that it has
     * little to catch up when it takes over, and has a recent copy to search while no server keeps the index.
     */
    @WithDefault("1m")
    Duration standbyEvery();

    /** The most log entries (messages, edits, deletions) the indexer reads per transaction and commits at once. */
    @WithDefault("2000")
    int indexBatch();
}
