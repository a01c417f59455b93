package messenger.handlers.chat;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.sql.SQLIntegrityConstraintViolationException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import messenger.handlers.spi.Delivery;
import messenger.handlers.spi.MessageHub;
import messenger.handlers.spi.Reply;
import messenger.handlers.spi.RequestException;
import messenger.protocol.ErrorCode;
import org.jboss.logging.Logger;

/**
 * The single writer of the log: messages and changes to conversations, which share one id sequence. Sends
 * queue here; one thread stores whatever sends have queued up in one transaction (group commit), and each
 * change in a transaction of its own, in queue order, and hands every commit to a second thread that publishes
 * it and answers its requests, so the next transaction starts while the last is answered. Nothing is
 * acknowledged or pushed before its commit, and pushes leave in id order. As every write of the log passes
 * this one thread, a change (someone removed from a room) and the sends around it are never reordered.
 */
@ApplicationScoped
public class MessageWriter {

    private static final Logger LOG = Logger.getLogger(MessageWriter.class);
    private static final int QUEUE_CAPACITY = 10_000;
    private static final int MAX_BATCH = 500;
    private static final long ENQUEUE_WAIT_MILLIS = 5_000;
    private static final long STORE_WAIT_SECONDS = 30;
    /** Committed batches waiting to be answered; the writer waits when this many are. */
    private static final int ANSWER_BACKLOG = 64;

    private sealed interface Queued permits Pending, PendingChange {
        CompletableFuture<?> result();
    }

    private record Pending(NewMessage draft, CompletableFuture<MessageBatchStore.Outcome> outcome) implements Queued {
        @Override
        public CompletableFuture<?> result() {
            return outcome;
        }
    }

    private record PendingChange(LogChange change, CompletableFuture<Reply> result) implements Queued {
    }

    private final BlockingQueue<Queued> queue = new ArrayBlockingQueue<>(QUEUE_CAPACITY);

    @Inject
    MessageBatchStore store;

    @Inject
    ChangeStore changes;

    @Inject
    MessageHub hub;

    private final BlockingQueue<Runnable> committed = new ArrayBlockingQueue<>(ANSWER_BACKLOG);
    private volatile Thread thread;
    private volatile Thread answering;

    void onStart(@Observes StartupEvent event) {
        answering = new Thread(this::answer, "message-answers");
        answering.start();
        thread = new Thread(this::run, "message-writer");
        thread.start();
    }

    void onStop(@Observes ShutdownEvent event) throws InterruptedException {
        Thread running = thread;
        thread = null;
        if (running != null) {
            running.interrupt();
            running.join(STORE_WAIT_SECONDS * 1000);
        }
        Thread answerer = answering;
        if (answerer != null) {
            committed.put(() -> answering = null);
            answerer.join(STORE_WAIT_SECONDS * 1000);
        }
        List<Queued> left = new ArrayList<>();
        queue.drainTo(left);
        left.forEach(p -> p.result().completeExceptionally(unavailable("the server is shutting down")));
    }

    /**
     * Queues a message to be stored (or the earlier one with the same client id found); the outcome completes
     * after the commit. Waits only while the queue is full.
     */
    public CompletableFuture<MessageBatchStore.Outcome> append(NewMessage draft) {
        Pending pending = new Pending(draft, new CompletableFuture<>());
        enqueue(pending);
        return pending.outcome().orTimeout(STORE_WAIT_SECONDS, TimeUnit.SECONDS)
                .exceptionallyCompose(MessageWriter::explainTimeout);
    }

    /**
     * Queues a change to conversations; it runs in its own transaction, in order with the sends around it, and
     * the stage completes with its reply after the commit (or with its {@link RequestException}).
     */
    public CompletableFuture<Reply> change(LogChange change) {
        PendingChange pending = new PendingChange(change, new CompletableFuture<>());
        enqueue(pending);
        return pending.result().orTimeout(STORE_WAIT_SECONDS, TimeUnit.SECONDS)
                .exceptionallyCompose(MessageWriter::explainTimeout);
    }

    private void enqueue(Queued pending) {
        try {
            if (thread == null || !queue.offer(pending, ENQUEUE_WAIT_MILLIS, TimeUnit.MILLISECONDS)) {
                throw unavailable("the server is too busy to store messages, retry later");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw unavailable("interrupted");
        }
    }

    private static <T> CompletableFuture<T> explainTimeout(Throwable failure) {
        Throwable cause = failure instanceof CompletionException wrapped ? wrapped.getCause() : failure;
        return CompletableFuture.failedFuture(cause instanceof TimeoutException
                ? unavailable("storing the message took too long, retry later")
                : cause);
    }

    private void run() {
        List<Queued> queued = new ArrayList<>(MAX_BATCH);
        List<Pending> sends = new ArrayList<>(MAX_BATCH);
        while (thread != null) {
            try {
                queued.add(queue.take());
            } catch (InterruptedException e) {
                return;
            }
            queue.drainTo(queued, MAX_BATCH - 1);
            for (Queued next : queued) {
                if (next instanceof Pending send) {
                    sends.add(send);
                } else {
                    writeSends(sends);
                    writeChange((PendingChange) next);
                }
            }
            writeSends(sends);
            queued.clear();
        }
    }

    private void writeSends(List<Pending> sends) {
        if (sends.isEmpty()) {
            return;
        }
        try {
            writeBatch(sends);
        } catch (Throwable e) {
            // the only writer must outlive any failure; these senders get an error and may retry
            LOG.error("storing a batch of messages failed", e);
            sends.forEach(pending -> pending.outcome().completeExceptionally(e));
        }
        sends.clear();
    }

    private void writeChange(PendingChange pending) {
        ChangeStore.Outcome outcome;
        try {
            outcome = changes.apply(pending.change());
        } catch (Throwable e) {
            // a refusal (RequestException) goes back as it is; anything else the dispatcher maps and logs
            pending.result().completeExceptionally(e);
            return;
        }
        handOver(() -> {
            publish(outcome.deliveries());
            pending.result().complete(outcome.reply());
        });
    }

    /** Stores a batch and hands its answers over; returns the failure, if the batch could not be stored. */
    private RuntimeException writeBatch(List<Pending> batch) {
        List<MessageBatchStore.Outcome> outcomes;
        try {
            outcomes = store.store(batch.stream().map(Pending::draft).toList());
        } catch (RuntimeException e) {
            if (batch.size() > 1 && violatesAConstraint(e)) {
                writeOneAtATime(batch);
                return null;
            }
            LOG.warnf("storing %d messages failed: %s", batch.size(), e.toString());
            batch.forEach(pending -> pending.outcome().completeExceptionally(e));
            return e;
        }
        List<Pending> answered = List.copyOf(batch);
        handOver(() -> {
            publish(outcomes.stream().filter(MessageBatchStore.Outcome::stored).map(MessageBatchStore.Outcome::delivery)
                    .toList());
            for (int i = 0; i < answered.size(); i++) {
                answered.get(i).outcome().complete(outcomes.get(i));
            }
        });
        return null;
    }

    /**
     * One message must not fail the others: finds the culprit by storing them one at a time. When storing
     * fails for another reason (the database went away), the rest fail at once instead of each waiting for it.
     */
    private void writeOneAtATime(List<Pending> batch) {
        for (int i = 0; i < batch.size(); i++) {
            RuntimeException failure = writeBatch(List.of(batch.get(i)));
            if (failure != null && !violatesAConstraint(failure)) {
                batch.subList(i + 1, batch.size()).forEach(pending -> pending.outcome().completeExceptionally(failure));
                return;
            }
        }
    }

    /**
     * Queues the answers of a committed batch; they run in commit order. Not even shutting down may skip
     * them, since the batch is committed: the answering thread drains the queue until the writer has stopped.
     */
    private void handOver(Runnable answers) {
        boolean interrupted = false;
        while (true) {
            try {
                committed.put(answers);
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private void answer() {
        while (answering != null) {
            try {
                committed.take().run();
            } catch (InterruptedException e) {
                return;
            } catch (Throwable e) {
                // this thread must outlive any failure, or every later commit would go unanswered
                LOG.error("answering a committed batch failed", e);
            }
        }
    }

    private static boolean violatesAConstraint(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLIntegrityConstraintViolationException
                    || cause instanceof org.hibernate.exception.ConstraintViolationException) {
                return true;
            }
        }
        return false;
    }

    private void publish(List<Delivery> stored) {
        if (stored.isEmpty()) {
            return;
        }
        try {
            hub.publish(stored);
        } catch (RuntimeException e) {
            LOG.errorf(e, "publishing %d entries of the log failed", stored.size());
        }
    }

    private static RequestException unavailable(String message) {
        return new RequestException(ErrorCode.UNAVAILABLE, message);
    }
}
