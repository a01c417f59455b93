package messenger.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import messenger.protocol.Message;
import messenger.protocol.Requests;
import messenger.protocol.Results;
import messenger.protocol.client.MessengerClient;
import messenger.testkit.ServerProcess;
import org.junit.jupiter.api.Test;

/**
 * The search index is committed to disk only now and then, and at shutdown, while every batch is searchable at
 * once: after a SIGKILL the restarted server finds what was searchable before (applying the log again from its
 * last commit), and after a SIGTERM the index starts where the log ends.
 */
class SearchIndexRestartIT {

    private static final Duration INDEXED = Duration.ofSeconds(30);
    private static final Pattern INDEX_CURSOR = Pattern.compile("search index in .*, up to log entry (\\d+)");
    private static final String PASSWORD = "correct horse battery";

    private final Path dataDir = Path.of("target", "it-search-restart-" + System.nanoTime());
    private final String login = "search-restart-" + System.nanoTime();
    /** A word no other run's message has: general is shared by every account of the suite's database. */
    private final String word = "zq" + Long.toString(System.nanoTime(), 36);

    @Test
    void whatWasSearchableBeforeAKillOrAStopIsSearchableAfterIt() throws Exception {
        ServerProcess server = ServerProcess.start(dataDir, Map.of());
        int port = server.port();
        Message beforeKill;
        try (MessengerClient client = server.connect()) {
            client.register(login, PASSWORD);
            client.login(login, PASSWORD, "before");
            beforeKill = client.send("before-kill", word + " before the kill", null);
            awaitFound(client, word, beforeKill.id());
        }
        server.kill();

        server = ServerProcess.start(dataDir, port, Map.of());
        Message beforeStop;
        try (MessengerClient client = server.connect()) {
            client.login(login, PASSWORD, "after kill");
            awaitFound(client, word, beforeKill.id());
            beforeStop = client.send("before-stop", word + " before the stop", null);
            awaitFound(client, word, beforeStop.id());
        }
        server.stop();

        try (ServerProcess restarted = ServerProcess.start(dataDir, port, Map.of());
                MessengerClient client = restarted.connect()) {
            assertThat(cursorAtStart(restarted.log())).as("the index committed at the stop")
                    .isGreaterThanOrEqualTo(beforeStop.id());
            client.login(login, PASSWORD, "after stop");
            assertThat(found(client, word)).contains(beforeKill.id(), beforeStop.id());
        }
    }

    private static void awaitFound(MessengerClient client, String word, long messageId) {
        await().atMost(INDEXED).until(() -> found(client, word).contains(messageId));
    }

    private static List<Long> found(MessengerClient client, String word) {
        Results.SearchPage page = client.search(new Requests.Search(word, null, null, null, null, null,
                Requests.Search.MAX_LIMIT, null));
        return page.hits().stream().map(Results.SearchHit::id).toList();
    }

    private static long cursorAtStart(Path log) throws IOException {
        Matcher matcher = INDEX_CURSOR.matcher(Files.readString(log));
        long cursor = -1;
        while (matcher.find()) {
            cursor = Long.parseLong(matcher.group(1));
        }
        return cursor;
    }
}
