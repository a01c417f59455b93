package messenger.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import messenger.protocol.ErrorCode;
import messenger.protocol.FileInfo;
import messenger.protocol.Frame;
import messenger.protocol.Message;
import messenger.protocol.ProtocolRules;
import messenger.protocol.Requests;
import messenger.protocol.Results;
import messenger.protocol.client.MessengerClient;
import messenger.protocol.client.MessengerException;
import messenger.protocol.client.TransferListener;
import messenger.testkit.ServerProcess;
import org.junit.jupiter.api.Test;

/**
 * Writers and readers of every reading type at once against the packaged server, for a fixed number of
 * operations: three users send from two devices each (pipelined, with files uploaded on a third connection),
 * while another user's connections loop over {@code sync}, {@code history}, {@code file.info} and
 * {@code file.read}. Every reply must be {@code ok} or a documented refusal ({@code RATE_LIMITED}, sent again
 * after its {@code retryAfter}); the readers' cursors must end with exactly the acknowledged messages; the
 * server must log no ERROR line (ServerProcess checks that when it stops).
 *
 * <p>Before the fix of the leaked request context (HandlerInvoker), 6 runs out of 6 of this test failed in
 * their first round with {@code INTERNAL} replies to {@code sync} or {@code history}.
 */
class ConcurrentReadsIT {

    private static final String PASSWORD = "correct horse battery";
    private static final int ROUNDS = Integer.getInteger("stress.rounds", 3);
    private static final List<String> WRITERS = List.of("stress-ann", "stress-ben", "stress-cat");
    private static final int DEVICES_PER_WRITER = 2;
    private static final int SENDS_PER_DEVICE = 120;
    private static final int PIPELINE = 40;
    private static final int READERS_PER_TYPE = 2;
    private static final int UPLOADS_PER_WRITER = 2;
    private static final int FILE_SIZE = 300_000;
    /** Low enough that pipelined sends meet RATE_LIMITED, so its retryAfter is exercised too. */
    private static final Map<String, String> SETTINGS = Map.of(
            "messenger.messages-per-second", "200",
            "messenger.message-burst", "20");

    private final Path dir = Path.of("target", "it-concurrent-reads-" + System.nanoTime());
    private final NavigableSet<Long> acknowledged = new ConcurrentSkipListSet<>();
    private final Set<Long> fileIds = ConcurrentHashMap.newKeySet();
    private final AtomicInteger rateLimited = new AtomicInteger();
    private final AtomicInteger downloads = new AtomicInteger();
    private volatile boolean writing;

    @Test
    void readersOfEveryTypeGetOkAndMissNothingWhileOthersWrite() throws Exception {
        Path file = RandomFile.create(dir, "stress.bin", FILE_SIZE);
        try (ServerProcess server = ServerProcess.start(dir.resolve("data"), SETTINGS)) {
            Map<String, String> tokens = signUp(server);
            ExecutorService actors = Executors.newCachedThreadPool();
            try {
                for (int round = 1; round <= ROUNDS; round++) {
                    runRound(server, tokens, file, round, actors);
                }
            } finally {
                actors.shutdownNow();
                assertThat(actors.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
            }
        }
        assertThat(acknowledged).hasSize(ROUNDS * WRITERS.size() * (DEVICES_PER_WRITER * SENDS_PER_DEVICE
                + UPLOADS_PER_WRITER));
        assertThat(rateLimited.get()).as("sends refused RATE_LIMITED and sent again").isPositive();
        System.out.printf("ConcurrentReadsIT: %d messages, %d files, %d sends refused RATE_LIMITED and sent again%n",
                acknowledged.size(), fileIds.size(), rateLimited.get());
    }

    private void runRound(ServerProcess server, Map<String, String> tokens, Path file, int round,
            ExecutorService actors) throws Exception {
        writing = true;
        List<Future<?>> writers = new ArrayList<>();
        for (String login : WRITERS) {
            for (int device = 1; device <= DEVICES_PER_WRITER; device++) {
                String name = login + "/" + device;
                writers.add(actors.submit(() -> sendAll(server, tokens.get(name), name + "/r" + round)));
            }
            String uploader = tokens.get(login + "/files");
            writers.add(actors.submit(() -> uploadAll(server, uploader, login + "/r" + round, file)));
        }
        String reader = tokens.get("stress-reader/1");
        List<Future<NavigableSet<Long>>> syncs = new ArrayList<>();
        List<Future<?>> readers = new ArrayList<>();
        for (int i = 0; i < READERS_PER_TYPE; i++) {
            syncs.add(actors.submit(() -> syncUntilDone(server, reader)));
            readers.add(actors.submit(() -> walkHistoryUntilDone(server, reader)));
            readers.add(actors.submit(() -> readFilesUntilDone(server, reader)));
        }
        try {
            for (Future<?> writer : writers) {
                writer.get(5, TimeUnit.MINUTES);
            }
        } finally {
            writing = false;
        }
        for (Future<?> reading : readers) {
            reading.get(1, TimeUnit.MINUTES);
        }
        for (Future<NavigableSet<Long>> synced : syncs) {
            assertThat(synced.get(1, TimeUnit.MINUTES)).as("what sync saw in round %d", round).isEqualTo(acknowledged);
        }
        try (MessengerClient client = signedIn(server, reader)) {
            assertThat(ids(historyBackwards(client))).as("a full history walk after round %d", round)
                    .isEqualTo(acknowledged);
        }
    }

    private Map<String, String> signUp(ServerProcess server) {
        Map<String, String> tokens = new ConcurrentHashMap<>();
        try (MessengerClient setup = server.connect()) {
            for (String login : WRITERS) {
                setup.register(login, PASSWORD);
                for (int device = 1; device <= DEVICES_PER_WRITER; device++) {
                    tokens.put(login + "/" + device, setup.login(login, PASSWORD, login + "/" + device).token());
                }
                tokens.put(login + "/files", setup.login(login, PASSWORD, login + "/files").token());
            }
            setup.register("stress-reader", PASSWORD);
            tokens.put("stress-reader/1", setup.login("stress-reader", PASSWORD, "reader").token());
        }
        return tokens;
    }

    private static MessengerClient signedIn(ServerProcess server, String token) {
        return server.connect().openedWith(client -> client.resume(token));
    }

    // ---- writers --------------------------------------------------------------------------------------

    private void sendAll(ServerProcess server, String token, String prefix) {
        try (MessengerClient client = signedIn(server, token)) {
            for (int first = 0; first < SENDS_PER_DEVICE; first += PIPELINE) {
                List<String> window = new ArrayList<>();
                for (int i = first; i < Math.min(first + PIPELINE, SENDS_PER_DEVICE); i++) {
                    window.add(prefix + "/" + i);
                }
                sendWindow(client, window);
            }
        }
    }

    /** Sends the window pipelined; what was refused RATE_LIMITED goes again, with its clientMsgId, after retryAfter. */
    private void sendWindow(MessengerClient client, List<String> clientMsgIds) {
        List<String> pending = clientMsgIds;
        while (!pending.isEmpty()) {
            List<CompletableFuture<Frame>> replies = new ArrayList<>();
            for (String clientMsgId : pending) {
                replies.add(client.call(Requests.Send.TYPE, new Requests.Send(clientMsgId, "text of " + clientMsgId,
                        null), null));
            }
            List<String> refused = new ArrayList<>();
            long waitSeconds = 0;
            for (int i = 0; i < pending.size(); i++) {
                try {
                    Frame ok = client.await(replies.get(i));
                    acknowledged.add(MessengerClient.result(ok, Results.Sent.class).message().id());
                } catch (MessengerException e) {
                    waitSeconds = Math.max(waitSeconds, retryAfter(e));
                    refused.add(pending.get(i));
                }
            }
            pending = refused;
            pause(waitSeconds);
        }
    }

    private void uploadAll(ServerProcess server, String token, String prefix, Path file) {
        try (MessengerClient client = signedIn(server, token)) {
            for (int i = 0; i < UPLOADS_PER_WRITER; i++) {
                FileInfo uploaded = client.upload(file, "stress-" + i + ".bin", TransferListener.NONE);
                String clientMsgId = prefix + "/file-" + i;
                Message sent = retryingRateLimited(() -> client.send(clientMsgId, null, uploaded.id()));
                acknowledged.add(sent.id());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private <T> T retryingRateLimited(Supplier<T> request) {
        while (true) {
            try {
                return request.get();
            } catch (MessengerException e) {
                pause(retryAfter(e));
            }
        }
    }

    /** The wait a RATE_LIMITED refusal asks for; any other error fails the test. */
    private long retryAfter(MessengerException e) {
        assertThat(e.code()).as("the reply to a request under load: %s", e).isEqualTo(ErrorCode.RATE_LIMITED);
        assertThat(e.header().has("retryAfter")).as("RATE_LIMITED carries retryAfter").isTrue();
        rateLimited.incrementAndGet();
        return e.header().get("retryAfter").getAsLong();
    }

    private static void pause(long seconds) {
        try {
            TimeUnit.SECONDS.sleep(seconds);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    // ---- readers --------------------------------------------------------------------------------------

    /** Follows the log with sync from the start until the writers are done and nothing is left; ids ascending. */
    private NavigableSet<Long> syncUntilDone(ServerProcess server, String token) {
        NavigableSet<Long> seen = new ConcurrentSkipListSet<>();
        try (MessengerClient client = signedIn(server, token)) {
            long cursor = 0;
            while (true) {
                boolean writersDone = !writing;
                Results.MessagePage page = client.sync(cursor, ProtocolRules.SYNC_MAX_LIMIT);
                for (Message message : page.messages()) {
                    assertThat(message.id()).as("sync pages ascend past the cursor").isGreaterThan(cursor);
                    cursor = message.id();
                    seen.add(message.id());
                    if (message.file() != null) {
                        fileIds.add(message.file().id());
                    }
                }
                if (writersDone && !page.hasMore()) {
                    return seen;
                }
            }
        }
    }

    private void walkHistoryUntilDone(ServerProcess server, String token) {
        try (MessengerClient client = signedIn(server, token)) {
            do {
                historyBackwards(client);
            } while (writing);
        }
    }

    /** The whole log, newest page first, through history's {@code before} cursor; pages ascend and never overlap. */
    private static List<Message> historyBackwards(MessengerClient client) {
        List<Message> all = new ArrayList<>();
        Long before = null;
        while (true) {
            Results.MessagePage page = client.history(before, ProtocolRules.HISTORY_MAX_LIMIT);
            List<Message> messages = page.messages();
            for (int i = 0; i < messages.size(); i++) {
                long id = messages.get(i).id();
                assertThat(before == null || id < before).as("history stays before its cursor").isTrue();
                assertThat(i == 0 || id > messages.get(i - 1).id()).as("a history page ascends").isTrue();
            }
            all.addAll(0, messages);
            if (!page.hasMore() || messages.isEmpty()) {
                return all;
            }
            before = messages.get(0).id();
        }
    }

    private void readFilesUntilDone(ServerProcess server, String token) {
        try (MessengerClient client = signedIn(server, token)) {
            do {
                for (long fileId : List.copyOf(fileIds)) {
                    FileInfo info = client.fileInfo(fileId);
                    assertThat(info.size()).isEqualTo(FILE_SIZE);
                    Path target = dir.resolve("download-" + downloads.incrementAndGet() + ".bin");
                    FileInfo downloaded = client.download(fileId, target, TransferListener.NONE);
                    assertThat(downloaded.sha256()).isEqualTo(info.sha256());
                    Files.delete(target);
                }
                if (fileIds.isEmpty()) {
                    TimeUnit.MILLISECONDS.sleep(50);
                }
            } while (writing);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static NavigableSet<Long> ids(List<Message> messages) {
        NavigableSet<Long> ids = new TreeSet<>();
        messages.forEach(message -> assertThat(ids.add(message.id())).as("id %d once", message.id()).isTrue());
        return ids;
    }
}
