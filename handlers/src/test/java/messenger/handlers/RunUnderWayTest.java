package messenger.handlers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class RunUnderWayTest {

    private final RunUnderWay run = new RunUnderWay("test job");

    @Test
    void theShutdownWaitsForTheRunUnderWayToEnd() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicBoolean ended = new AtomicBoolean();
        CompletableFuture<Void> job = CompletableFuture.runAsync(() -> {
            try {
                run.run(() -> {
                    started.countDown();
                    release.await();
                    ended.set(true);
                });
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();

        CompletableFuture<Boolean> shutdown = CompletableFuture.supplyAsync(() -> {
            try {
                run.awaitEnd();
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
            return ended.get();
        });
        Thread.sleep(200); // the shutdown is waiting by now, or would have returned without the run's end
        release.countDown();

        assertThat(shutdown.get(10, TimeUnit.SECONDS)).as("the run had ended when the shutdown went on").isTrue();
        job.get(10, TimeUnit.SECONDS);
    }

    @Test
    void withNoRunUnderWayTheShutdownGoesOnAtOnce() throws Exception {
        run.run(() -> { });
        CompletableFuture<Void> shutdown = CompletableFuture.runAsync(() -> {
            try {
                run.awaitEnd();
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        shutdown.get(5, TimeUnit.SECONDS);
    }
}
