package messenger.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import messenger.protocol.FileInfo;
import messenger.protocol.Frame;
import messenger.protocol.Message;
import messenger.protocol.Pushes;
import messenger.protocol.Requests;
import messenger.protocol.Results.MessagePage;
import messenger.protocol.client.MessengerClient;
import messenger.protocol.client.PushListener;
import messenger.protocol.client.TransferListener;
import messenger.testkit.ServerProcess;
import org.junit.jupiter.api.Test;

/**
 * Four devices send with retries and one uploads files while the packaged server is killed with SIGKILL (and
 * now and then stopped with SIGTERM) and restarted, again and again, as a server next to its MySQL would be:
 * the database (the suite's shared one) stays up. Every acknowledged message must be stored exactly once, in
 * id order, no device's cursor may skip anything, and every finished file must be intact. A message that was
 * searchable before the first kill is searchable at the end, and the last SIGTERM committed the search index up to
 * it. A server killed with its embedded database still running is {@code LeftoverDatabaseTest}'s case.
 */
class CrashSafetyIT {

    private static final int SIGKILLS = 6;
    private static final int SIGTERMS = 2;
    private static final Map<String, String> NO_RATE_LIMIT = Map.of("messenger.messages-per-second", "0");
    private static final String PASSWORD = "correct horse battery";
    private static final int FILE_SIZE = 3 * 1024 * 1024 + 11;
    private static final long CHUNK_PACE_MILLIS = 100;

    /** A word in one message sent before the kills: the search index, committed only now and then, keeps it. */
    private static final String SEARCH_WORD = "zq" + Long.toString(System.nanoTime(), 36);
    private static final Pattern INDEX_CURSOR_AT_START =
            Pattern.compile("search index in .*, up to log entry (\\d+)");

    private final Path dataDir = Path.of("target", "it-crash-" + System.nanoTime());
    private Message searchMarker;
    private volatile int port;
    private volatile boolean running = true;

    @Test
    void acknowledgedMessagesAndFinishedFilesSurviveRepeatedKills() throws Exception {
        ServerProcess server = ServerProcess.start(dataDir, NO_RATE_LIMIT);
        port = server.port();
        Map<String, String> tokens = new HashMap<>();
        try (MessengerClient setup = server.connect()) {
            for (String login : List.of("crash-alice", "crash-bob")) {
                setup.register(login, PASSWORD);
            }
            for (String device : List.of("crash-alice/1", "crash-alice/2", "crash-bob/1", "crash-bob/2")) {
                tokens.put(device, setup.login(device.split("/")[0], PASSWORD, device).token());
            }
            searchMarker = setup.send("search-marker", SEARCH_WORD + " searchable after every kill", null);
            awaitFound(setup, searchMarker.id());
        }
        List<Sender> senders = new ArrayList<>();
        tokens.forEach((name, token) -> senders.add(new Sender(name, token)));
        Uploader uploader = new Uploader(tokens.get("crash-alice/1"));
        List<Thread> threads = new ArrayList<>();
        senders.forEach(sender -> threads.add(new Thread(sender, sender.name)));
        threads.add(new Thread(uploader, "uploader"));
        threads.forEach(Thread::start);

        Random random = new Random(42);
        for (int restart = 0; restart < SIGKILLS + SIGTERMS; restart++) {
            awaitProgress(senders);
            Thread.sleep(random.nextInt(1_500));
            if (restart % 4 == 3) {
                server.stop();
            } else {
                server.kill();
            }
            server = ServerProcess.start(dataDir, port, NO_RATE_LIMIT);
        }
        Thread.sleep(2_000);
        running = false;
        for (Thread thread : threads) {
            thread.join(120_000);
        }

        try (ServerProcess finalServer = server; MessengerClient checker = finalServer.connect();
                MessengerClient uploaderAgain = finalServer.connect()) {
            checker.login("crash-bob", PASSWORD, "checker");
            uploaderAgain.login("crash-alice", PASSWORD, "checker");
            List<Message> stored = syncAll(checker, 0);
            Map<String, Long> storedIds = new HashMap<>();
            int duplicated = 0;
            for (Message message : stored) {
                if (storedIds.put(message.from() + "/" + message.clientMsgId(), message.id()) != null) {
                    duplicated++;
                }
            }
            int acked = 0;
            int lost = 0;
            for (Sender sender : senders) {
                for (Map.Entry<String, Long> ack : sender.acked.entrySet()) {
                    acked++;
                    if (!ack.getValue().equals(storedIds.get(sender.login() + "/" + ack.getKey()))) {
                        lost++;
                    }
                }
            }
            int sent = senders.stream().mapToInt(s -> s.attempted.get()).sum();
            int notices = senders.stream().mapToInt(s -> s.shutdownNotices.get()).sum();
            String report = String.format("sigkills=%d sigterms=%d sent=%d acked=%d lost=%d duplicated=%d "
                            + "stored=%d filesFinished=%d uploadsResumed=%d reconnects=%d shutdownNotices=%d",
                    SIGKILLS, SIGTERMS, sent, acked, lost, duplicated, stored.size(), uploader.finished.size(),
                    uploader.resumed.get(),
                    senders.stream().mapToInt(s -> s.reconnects.get()).sum() + uploader.reconnects.get(), notices);
            System.out.println("crash safety: " + report);
            Files.writeString(dataDir.resolve("crash-safety-report.txt"), report + "\n");

            assertThat(lost).as(report).isZero();
            assertThat(duplicated).as(report).isZero();
            assertThat(acked).as(report).isGreaterThan((SIGKILLS + SIGTERMS) * 4 * 3);
            assertThat(notices).as("devices told to reconnect by a SIGTERM'd server").isPositive();
            assertThat(stored).extracting(Message::id).isSorted().doesNotHaveDuplicates();
            List<Long> allIds = stored.stream().map(Message::id).toList();
            for (Sender sender : senders) {
                // devices stopped one after another: what the others sent later is fetched from each cursor
                syncAll(checker, sender.cursor).forEach(m -> sender.seen.add(m.id()));
                assertThat(sender.seen).as(sender.name + " saw every stored message").containsAll(allIds);
            }
            awaitFound(checker, searchMarker.id());
            assertThat(indexCursorAtStart(finalServer.log())).as("the index committed at the last SIGTERM")
                    .isGreaterThanOrEqualTo(searchMarker.id());
            assertThat(uploader.finished).as(report).isNotEmpty();
            assertThat(uploader.resumed).as("uploads cut by a kill and resumed from the server's offset; " + report)
                    .hasPositiveValue();
            for (Map.Entry<Integer, FileInfo> file : uploader.finished.entrySet()) {
                Path copy = dataDir.resolve("download-" + file.getKey());
                // never posted: readable by its uploader alone
                uploaderAgain.download(file.getValue().id(), copy, TransferListener.NONE);
                assertThat(Files.readAllBytes(copy)).isEqualTo(Uploader.content(file.getKey()));
            }
        }
    }

    /** Waits until the search index finds the message with {@link #SEARCH_WORD}. */
    private static void awaitFound(MessengerClient client, long messageId) {
        await().atMost(Duration.ofSeconds(30)).until(() -> client.search(new Requests.Search(SEARCH_WORD, null, null,
                null, null, null, null, null)).hits().stream().anyMatch(hit -> hit.id() == messageId));
    }

    private static long indexCursorAtStart(Path log) throws IOException {
        Matcher matcher = INDEX_CURSOR_AT_START.matcher(Files.readString(log));
        long cursor = -1;
        while (matcher.find()) {
            cursor = Long.parseLong(matcher.group(1));
        }
        return cursor;
    }

    /** Kills only land once every device has had messages acknowledged by the current server. */
    private static void awaitProgress(List<Sender> senders) throws InterruptedException {
        Map<Sender, Integer> before = new HashMap<>();
        senders.forEach(sender -> before.put(sender, sender.acked.size()));
        long deadline = System.nanoTime() + 120_000_000_000L;
        while (System.nanoTime() < deadline
                && senders.stream().anyMatch(sender -> sender.acked.size() < before.get(sender) + 3)) {
            Thread.sleep(50);
        }
    }

    private static List<Message> syncAll(MessengerClient client, long after) {
        List<Message> all = new ArrayList<>();
        MessagePage page;
        long cursor = after;
        do {
            page = client.sync(cursor, 1_000);
            all.addAll(page.messages());
            if (!page.messages().isEmpty()) {
                cursor = page.messages().get(page.messages().size() - 1).id();
            }
        } while (page.hasMore());
        return all;
    }

    private MessengerClient reconnect(String token, AtomicInteger reconnects) {
        while (true) {
            try {
                MessengerClient client = MessengerClient.connect("127.0.0.1", port);
                client.resume(token);
                reconnects.incrementAndGet();
                return client;
            } catch (IOException | RuntimeException serverDown) {
                pause();
            }
        }
    }

    private static void pause() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** A device that follows the chat (subscribe, then sync from its cursor) and sends, retrying each message. */
    private final class Sender implements Runnable {
        final String name;
        final String token;
        final Map<String, Long> acked = new ConcurrentHashMap<>();
        final NavigableSet<Long> seen = new ConcurrentSkipListSet<>();
        final AtomicInteger attempted = new AtomicInteger();
        final AtomicInteger reconnects = new AtomicInteger();
        final AtomicInteger shutdownNotices = new AtomicInteger();
        /** Every id up to here has been seen. Pushes advance it only once the sync after subscribing is done. */
        volatile long cursor;
        volatile boolean synced;

        Sender(String name, String token) {
            this.name = name;
            this.token = token;
        }

        String login() {
            return name.split("/")[0];
        }

        private void catchUp(MessengerClient client) {
            syncAll(client, cursor).forEach(m -> seen.add(m.id()));
            cursor = seen.isEmpty() ? 0 : seen.last();
            synced = true;
        }

        @Override
        public void run() {
            int next = 0;
            boolean retrying = false;
            while (true) {
                MessengerClient client = reconnect(token, reconnects);
                try {
                    client.setPushListener(new PushListener() {
                        @Override
                        public void onMessage(Message message) {
                            seen.add(message.id());
                            if (synced) {
                                cursor = Math.max(cursor, message.id());
                            }
                        }

                        @Override
                        public void onOtherPush(Frame frame) {
                            if (Pushes.Shutdown.TYPE.equals(frame.type())) {
                                shutdownNotices.incrementAndGet();
                            }
                        }
                    });
                    synced = false;
                    client.subscribe();
                    catchUp(client);
                    if (!running) {
                        return;
                    }
                    while (running) {
                        String clientMsgId = name + "-" + next;
                        if (!retrying) {
                            attempted.incrementAndGet();
                        }
                        retrying = true;
                        Message message = client.send(clientMsgId, name + " says " + next, null);
                        acked.put(clientMsgId, message.id());
                        retrying = false;
                        next++;
                    }
                    catchUp(client);
                    return;
                } catch (RuntimeException connectionOrServerGone) {
                    // reconnect and send the same clientMsgId again
                } finally {
                    client.close();
                }
            }
        }
    }

    /** Uploads distinct files one after another, resuming each after a crash. */
    private final class Uploader implements Runnable {
        final String token;
        final Map<Integer, FileInfo> finished = new ConcurrentHashMap<>();
        final AtomicInteger reconnects = new AtomicInteger();
        /** Uploads that went on from bytes a killed server had already stored. */
        final AtomicInteger resumed = new AtomicInteger();

        Uploader(String token) {
            this.token = token;
        }

        static byte[] content(int index) {
            byte[] bytes = new byte[FILE_SIZE];
            new Random(index).nextBytes(bytes);
            return bytes;
        }

        /**
         * Counts a resume (the first progress is where the server's offset starts) and paces the chunks, so
         * that the upload is mid-transfer when most kills land rather than hashing or finishing.
         */
        private final class PacedProgress implements TransferListener {
            private boolean started;

            @Override
            public void progress(long done, long total) {
                if (!started && done > 0) {
                    resumed.incrementAndGet();
                }
                started = true;
                try {
                    Thread.sleep(CHUNK_PACE_MILLIS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }

        @Override
        public void run() {
            int index = 0;
            while (running) {
                MessengerClient client = reconnect(token, reconnects);
                try {
                    Path file = dataDir.resolve("upload-" + index);
                    if (!Files.exists(file)) {
                        Files.write(file, content(index));
                    }
                    finished.put(index, client.upload(file, "file-" + index, new PacedProgress()));
                    index++;
                } catch (IOException | RuntimeException connectionOrServerGone) {
                    // resume the same upload on the next connection
                } finally {
                    client.close();
                }
            }
        }
    }
}
