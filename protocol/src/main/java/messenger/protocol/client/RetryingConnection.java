package messenger.protocol.client;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import messenger.protocol.FileInfo;
import messenger.protocol.Message;

/**
 * A connection for work that must get through, such as file transfers: opened on first use, shared by the threads
 * that use it, opened again after a drop. {@link #call} runs a step and, when it fails in a way {@link Retry} calls
 * transient, waits and runs it again on a fresh connection. Steps are therefore safe to repeat: an upload resumes at
 * the server's offset, a download keeps the bytes it has, a send repeats its {@code clientMsgId}.
 */
public final class RetryingConnection implements AutoCloseable {

    /**
     * Work on a connection, reporting its progress to {@code progress}; an {@link IOException} it throws is a local
     * problem (a file), never retried.
     */
    @FunctionalInterface
    public interface Step<T> {
        T run(MessengerClient client, TransferListener progress) throws IOException;
    }

    private static final long CANCEL_CHECK_MILLIS = 100;

    private final Dialer dialer;
    private final ReconnectPolicy policy;
    private final int maxFailures;
    /** Guarded by {@code this}, which is only held briefly: dialing happens outside it. */
    private MessengerClient connection;
    private boolean closed;

    /**
     * {@code maxFailures}: how many attempts in a row may fail without any progress before the last failure is
     * thrown; 0 for no limit (the desktop client, whose user can cancel).
     */
    public RetryingConnection(Dialer dialer, ReconnectPolicy policy, int maxFailures) {
        this.dialer = dialer;
        this.policy = policy;
        this.maxFailures = maxFailures;
    }

    /** Uploads a file (see {@link MessengerClient#upload(Path, String, String, TransferListener)}), resuming after drops. */
    public FileInfo upload(Path file, String name, String sha256, TransferListener progress) throws IOException {
        return call((client, watched) -> client.upload(file, name, sha256, watched), progress);
    }

    /** Downloads into {@code part}, which keeps its bytes across drops (see {@link MessengerClient#download}). */
    public FileInfo download(long fileId, Path part, TransferListener progress) throws IOException {
        return call((client, watched) -> client.download(fileId, part, watched), progress);
    }

    /** Sends a message, again with the same {@code clientMsgId} after a drop, so it is stored once. */
    public Message send(String clientMsgId, String text, Long fileId) throws IOException {
        return call((client, watched) -> client.send(clientMsgId, text, fileId), TransferListener.NONE);
    }

    /**
     * Runs {@code step} until it succeeds, is cancelled through {@code watcher}, or fails for good. The step reports
     * its progress through the listener it is given, which passes it on to {@code watcher}; any progress resets the
     * count of failures in a row.
     */
    public <T> T call(Step<T> step, TransferListener watcher) throws IOException {
        ProgressWatch watch = new ProgressWatch(watcher);
        int failures = 0;
        while (true) {
            MessengerClient client = null;
            watch.newAttempt();
            if (watcher.cancelled()) {
                // before dialing, which may take the connect timeout of every server the address names
                throw new CancellationException("cancelled");
            }
            try {
                client = connection();
                return step.run(client, watch);
            } catch (DialFailure | ConnectionLostException e) {
                drop(client);
                Throwable why = e instanceof DialFailure dial ? dial.getCause() : e;
                failures = watch.progressed() ? 1 : failures + 1;
                int attempt = failures;
                Optional<Duration> wait = Retry.after(why, attempt, policy);
                if (wait.isEmpty() && e instanceof DialFailure dial) {
                    // a certificate refused: dialing again meets the same one
                    throw dial.getCause();
                }
                // a connection lost: reconnecting is the only way on, whatever broke it
                waitToRetry(watcher, why, attempt, wait.orElseGet(() -> policy.delay(attempt)));
            } catch (MessengerException e) {
                // the server says "later" (or, for BAD_OFFSET, "ask me the offset again")
                failures = watch.progressed() ? 1 : failures + 1;
                Optional<Duration> wait = Retry.after(e, failures, policy);
                if (wait.isEmpty()) {
                    throw e;
                }
                if (Retry.leave(client, e, failures)) {
                    // it cannot reach its database; the next attempt dials, and another server may serve. Other
                    // threads' work on this connection needs the database too, and resumes with this one's.
                    drop(client);
                }
                waitToRetry(watcher, e, failures, wait.get());
            }
        }
    }

    /** Closes the connection; a step waiting to retry ends with {@link CancellationException}. */
    @Override
    public void close() {
        MessengerClient current;
        synchronized (this) {
            closed = true;
            current = connection;
            connection = null;
            notifyAll();
        }
        if (current != null) {
            current.close();
        }
    }

    private void waitToRetry(TransferListener watcher, Throwable why, int failures, Duration wait) throws IOException {
        if (maxFailures > 0 && failures >= maxFailures) {
            if (why instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw why instanceof IOException io ? io : new IOException(why);
        }
        watcher.retrying(why, wait);
        long until = System.nanoTime() + wait.toNanos();
        synchronized (this) {
            try {
                for (long left = wait.toMillis(); left > 0; left = (until - System.nanoTime()) / 1_000_000) {
                    if (closed || watcher.cancelled()) {
                        throw new CancellationException(closed ? "the connection is closing" : "cancelled");
                    }
                    wait(Math.min(CANCEL_CHECK_MILLIS, left));
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new CancellationException("interrupted while waiting to retry");
            }
        }
    }

    /**
     * The open connection, dialed now if there is none. Dialing can take as long as the timeouts allow, so it runs
     * without the lock {@link #close()} needs; when two threads dial at once, the second keeps the first one's.
     */
    private MessengerClient connection() throws DialFailure {
        synchronized (this) {
            if (closed) {
                throw new CancellationException("the connection is closing");
            }
            if (connection != null && connection.isOpen()) {
                return connection;
            }
        }
        MessengerClient opened;
        try {
            opened = dialer.open(null);
        } catch (IOException e) {
            throw new DialFailure(e);
        }
        synchronized (this) {
            if (closed) {
                opened.close();
                throw new CancellationException("the connection is closing");
            }
            if (connection != null && connection.isOpen()) {
                opened.close();
                return connection;
            }
            connection = opened;
            return opened;
        }
    }

    /** Closes a connection that failed, and forgets it if it is still the current one. */
    private void drop(MessengerClient broken) {
        if (broken == null) {
            return;
        }
        synchronized (this) {
            if (broken == connection) {
                connection = null;
            }
        }
        broken.close();
    }

    /** Dialing failed: retried like a lost connection. */
    private static final class DialFailure extends Exception {
        DialFailure(IOException cause) {
            super(cause.getMessage(), cause);
        }

        @Override
        public synchronized IOException getCause() {
            return (IOException) super.getCause();
        }
    }

    /**
     * Passes progress on and notes whether an attempt got further than where it began: its first report is where it
     * began (an upload's offset on the server, a download's bytes kept), not progress.
     */
    static final class ProgressWatch implements TransferListener {
        private final TransferListener watched;
        /** Where the current attempt began, and how far it got; -1 until it reports. */
        private volatile long began = -1;
        private volatile long done = -1;

        ProgressWatch(TransferListener watched) {
            this.watched = watched;
        }

        void newAttempt() {
            began = -1;
            done = -1;
        }

        @Override
        public void progress(long doneNow, long total) {
            report(doneNow);
            watched.progress(doneNow, total);
        }

        @Override
        public void alreadyOnServer(long size) {
            report(size);
            watched.alreadyOnServer(size);
        }

        private void report(long doneNow) {
            if (began < 0) {
                began = doneNow;
            }
            done = doneNow;
        }

        @Override
        public boolean cancelled() {
            return watched.cancelled();
        }

        boolean progressed() {
            return began >= 0 && done > began;
        }
    }
}
