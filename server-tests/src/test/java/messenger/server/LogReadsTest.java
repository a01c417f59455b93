package messenger.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import messenger.handlers.account.UserEntity;
import messenger.handlers.chat.LogReader;
import messenger.handlers.spi.Delivery;
import messenger.protocol.Conversation;
import messenger.protocol.Message;
import org.junit.jupiter.api.Test;

/**
 * The log read after a cursor, as a cluster's log tail reads it, while messages and events are committed side by
 * side: every read is a gap-free stretch, so a cursor moved to its end never passes over an entry.
 */
@QuarkusTest
class LogReadsTest {

    private static final int REACTORS = 2;

    @Inject
    TestServer server;

    @Inject
    LogReader reader;

    @Test
    void aReadBehindTheHeadNeverSkipsAnEntry() throws Exception {
        // a read a little behind the head spends longer between its queries, as a busy tail does
        assertThat(readWhileWriting(5, 10, 8_000, 50)).as("entries read while writing").isGreaterThan(100);
    }

    @Test
    void aReadAtTheHeadNeverSkipsAMessageCommittedBetweenItsQueries() throws Exception {
        // caught up, a read finds no message in its first query and reads the head in another: a message and an
        // event committed between the two must not be passed over
        assertThat(readWhileWriting(2, 5, 3_000, 0)).as("entries read while writing").isGreaterThan(100);
    }

    /** As a cluster's other servers push them: to whom they went when written, not to the members of the read. */
    @Test
    void eachEntryGoesToTheMembersOfTheMomentItWasWritten() {
        TestServer.Device owner = server.newUser("audience-owner");
        TestServer.Device removed = server.newUser("audience-removed");
        TestServer.Device joining = server.newUser("audience-joining");
        Conversation room = owner.client().createRoom("audience " + System.nanoTime(), null, Conversation.PUBLIC);
        removed.client().joinRoom(room.id());
        long cursor = reader.newestId();

        long before = owner.client().send(room.id(), "before", "before the changes", null).id();
        owner.client().removeMember(room.id(), removed.login());
        joining.client().joinRoom(room.id());
        long after = owner.client().send(room.id(), "after", "after the changes", null).id();

        List<Delivery> read = reader.after(cursor, 100).entries();
        assertThat(audienceOf(read, before)).as("the message before the changes")
                .contains(idOf(owner), idOf(removed)).doesNotContain(idOf(joining));
        assertThat(audienceOf(read, after)).as("the message after the changes")
                .contains(idOf(owner), idOf(joining)).doesNotContain(idOf(removed));
    }

    private static Set<Long> audienceOf(List<Delivery> read, long id) {
        return read.stream().filter(entry -> entry.id() == id).findFirst().orElseThrow().userIds();
    }

    private static long idOf(TestServer.Device device) {
        return QuarkusTransaction.requiringNew().call(() ->
                UserEntity.<UserEntity>find("login", device.login()).firstResult().id);
    }

    /**
     * Reads the log for {@code readingMillis}, pausing {@code pauseMillis} after each read, while {@code senders}
     * send a message every {@code sendEveryMillis} and two more users react and take their reaction back as fast
     * as they can; returns how many entries were read.
     */
    private long readWhileWriting(int senders, long sendEveryMillis, long readingMillis, long pauseMillis)
            throws Exception {
        List<TestServer.Device> devices = new ArrayList<>();
        ExecutorService writers = Executors.newFixedThreadPool(senders + REACTORS);
        AtomicBoolean writing = new AtomicBoolean(true);
        try {
            for (int i = 0; i < senders + REACTORS; i++) {
                devices.add(server.newUser("log-" + i));
            }
            Message target = devices.get(0).client().send("target", "react to me", null);
            List<Future<?>> running = new ArrayList<>();
            for (TestServer.Device sender : devices.subList(0, senders)) {
                running.add(writers.submit(() -> {
                    for (int n = 0; writing.get(); n++) {
                        sender.client().send("m" + n, "message " + n, null);
                        Thread.sleep(sendEveryMillis);
                    }
                    return null;
                }));
            }
            for (TestServer.Device reactor : devices.subList(senders, devices.size())) {
                running.add(writers.submit(() -> {
                    while (writing.get()) {
                        reactor.client().react(target.id(), "👍");
                        reactor.client().unreact(target.id(), "👍");
                    }
                    return null;
                }));
            }
            long read = readGapFree(reader.newestId(), readingMillis, pauseMillis);
            writing.set(false);
            for (Future<?> writer : running) {
                writer.get(10, TimeUnit.SECONDS);
            }
            return read;
        } finally {
            writing.set(false);
            writers.shutdownNow();
            devices.forEach(TestServer.Device::close);
        }
    }

    /** Reads after {@code cursor} until the time is up, each stretch checked; returns how many entries it read. */
    private long readGapFree(long cursor, long readingMillis, long pauseMillis) throws InterruptedException {
        long read = 0;
        long until = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(readingMillis);
        while (System.nanoTime() < until) {
            LogReader.Stretch stretch = reader.after(cursor, 500);
            long expected = cursor + 1;
            for (Delivery entry : stretch.entries()) {
                assertThat(entry.id()).as("the entry after %d", expected - 1).isEqualTo(expected);
                expected++;
            }
            read += stretch.entries().size();
            cursor = stretch.lastId();
            Thread.sleep(pauseMillis);
        }
        return read;
    }
}
