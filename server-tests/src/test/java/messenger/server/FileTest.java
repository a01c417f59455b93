package messenger.server;

import static messenger.server.RequestErrors.assertError;
import static messenger.server.RequestErrors.catchError;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import messenger.handlers.HandlerConfig;
import messenger.handlers.account.UserEntity;
import messenger.handlers.file.FileEntity;
import messenger.handlers.file.FileStatus;
import messenger.handlers.file.UploadExpiry;
import messenger.protocol.ErrorCode;
import messenger.protocol.FileInfo;
import messenger.protocol.Frame;
import messenger.protocol.PossessionProof;
import messenger.protocol.Requests;
import messenger.protocol.Message;
import messenger.protocol.Results;
import messenger.protocol.Sha256;
import messenger.protocol.client.MessengerClient;
import messenger.protocol.client.MessengerException;
import messenger.protocol.client.ReconnectPolicy;
import messenger.protocol.client.RetryingConnection;
import messenger.protocol.client.TransferListener;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Uploads and downloads over TCP with the default store, the filesystem; {@link DatabaseFileStoreTest} repeats them. */
@QuarkusTest
class FileTest {

    private static final int MIB = 1024 * 1024;
    private static final Instant LONG_AGO = Instant.parse("2001-01-01T00:00:00Z");

    @Inject
    TestServer server;

    @Inject
    UploadExpiry expiry;

    @Inject
    HandlerConfig config;

    @TempDir
    Path dir;

    @Test
    void unfinishedUploadsIdleTooLongAreDeletedWithTheirBytes() throws IOException {
        byte[] bytes = randomBytes(1000);
        try (TestServer.Device alice = server.newUser("expiry")) {
            FileInfo finished = alice.client().upload(write("done.bin", bytes), "done.bin", TransferListener.NONE);
            Results.UploadOffset start = alice.client().uploadStart("idle.bin", bytes.length, Sha256.hex(bytes));
            for (int offset = 0; offset < 500; offset += 10) {
                alice.client().uploadChunk(start.uploadId(), offset, Arrays.copyOfRange(bytes, offset, offset + 10));
            }

            assertThat(bytesStored(start.uploadId())).isTrue();
            assertThat(expiry.discardIdleSince(Instant.now().plusSeconds(1))).isPositive();
            assertError(() -> alice.client().uploadChunk(start.uploadId(), 500, new byte[1]), ErrorCode.NOT_FOUND);
            assertThat(expiry.deleteDiscarded()).isPositive();

            assertThat(bytesStored(start.uploadId())).as("bytes left of the 50 chunks uploaded").isFalse();
            assertThat(alice.client().uploadStart("idle.bin", bytes.length, Sha256.hex(bytes)).offset()).isZero();
            assertThat(alice.client().fileInfo(finished.id())).isEqualTo(finished);
            assertThat(downloaded(alice.client(), finished.id())).isEqualTo(bytes);
        }
    }

    /**
     * A run reads the next page of discarded uploads only once it has deleted the last one's: an upload discarded
     * while the run waits, past the page it is on, goes in the same run, which holds no more than a page at a time.
     */
    @Test
    void discardedUploadsAreReadAndDeletedAPageAtATime() throws Exception {
        int uploads = 2 * config.uploadExpiryBatch() + 1;
        ExecutorService threads = Executors.newFixedThreadPool(2);
        CountDownLatch release = new CountDownLatch(1);
        try (TestServer.Device alice = server.newUser("many-idle")) {
            List<Long> idle = QuarkusTransaction.requiringNew().call(() -> uploads(alice.login(), uploads,
                    FileStatus.UPLOADING));
            assertThat(expiry.discardIdleSince(LONG_AGO.plusSeconds(1))).as("discarded, a batch at a time")
                    .isEqualTo(uploads);

            CountDownLatch locked = new CountDownLatch(1);
            Future<?> holder = threads.submit(() -> QuarkusTransaction.requiringNew().run(() -> {
                Panache.getEntityManager().createNativeQuery("select id from files where id = ?1 for update")
                        .setParameter(1, idle.get(1)).getResultList();
                locked.countDown();
                awaitUninterruptibly(release);
            }));
            locked.await();
            Future<Integer> run = threads.submit(expiry::deleteDiscarded);
            awaitDeleted(idle.get(0)); // the run has read its page, and waits for the next upload's lock
            QuarkusTransaction.requiringNew().run(() -> uploads(alice.login(), 1, FileStatus.DISCARDED));
            release.countDown();
            holder.get(10, TimeUnit.SECONDS);
            run.get(30, TimeUnit.SECONDS);

            assertThat(QuarkusTransaction.requiringNew().call(() -> FileEntity.count("owner.login", alice.login())))
                    .as("uploads left, the one discarded during the run included").isZero();
        } finally {
            release.countDown();
            threads.shutdownNow();
        }
    }

    @Test
    void aTwentyMebibyteFileComesBackByteIdenticalAndCanBePosted() throws IOException {
        byte[] bytes = randomBytes(20 * MIB + 123);
        Path original = write("big.bin", bytes);
        try (TestServer.Device alice = server.newUser("files"); TestServer.Device bob = server.newUser("files-bob")) {
            FileInfo uploaded = alice.client().upload(original, "big.bin", TransferListener.NONE);
            assertThat(uploaded.size()).isEqualTo(bytes.length);
            assertThat(uploaded.sha256()).isEqualTo(Sha256.hex(bytes));

            Message posted = alice.client().send("with-file", "the file", uploaded.id());
            assertThat(posted.file()).isEqualTo(uploaded);

            assertThat(downloaded(bob.client(), posted.file().id())).isEqualTo(bytes);
            assertThat(bob.client().fileInfo(uploaded.id())).isEqualTo(uploaded);
        }
    }

    @Test
    void anInterruptedUploadResumesFromTheServersOffset() throws IOException {
        byte[] bytes = randomBytes(3 * MIB);
        Path original = write("resume.bin", bytes);
        String sha = Sha256.hex(bytes);
        try (TestServer.Device alice = server.newUser("resume")) {
            try (MessengerClient first = server.resume(alice.token())) {
                Results.UploadOffset start = first.uploadStart("resume.bin", bytes.length, sha);
                assertThat(start.offset()).isZero();
                first.uploadChunk(start.uploadId(), 0, Arrays.copyOfRange(bytes, 0, MIB));
                first.uploadChunk(start.uploadId(), MIB, Arrays.copyOfRange(bytes, MIB, MIB + 1000));
            }
            List<Long> progress = new CopyOnWriteArrayList<>();
            FileInfo file = alice.client().upload(original, "resume.bin", (done, total) -> progress.add(done));
            assertThat(progress.get(0)).isEqualTo(MIB + 1000);
            assertThat(downloaded(alice.client(), file.id())).isEqualTo(bytes);
        }
    }

    @Test
    void anUploadFinishedMeanwhileByAnotherConnectionOfTheSameUserEndsWithThatFile() throws IOException {
        byte[] bytes = randomBytes(3 * MIB);
        Path original = write("twice.bin", bytes);
        String sha = Sha256.hex(bytes);
        try (TestServer.Device alice = server.newUser("twice"); MessengerClient other = server.resume(alice.token())) {
            Results.UploadOffset start = other.uploadStart("twice.bin", bytes.length, sha);
            other.uploadChunk(start.uploadId(), 0, Arrays.copyOfRange(bytes, 0, MIB));
            FileInfo[] finishedByOther = new FileInfo[1];
            FileInfo file = alice.client().upload(original, "twice.bin", (done, total) -> {
                if (finishedByOther[0] == null) {
                    // the same file shared twice at once: the other upload ends while this one resumes it
                    for (int offset = MIB; offset < bytes.length; offset += MIB) {
                        other.uploadChunk(start.uploadId(), offset, Arrays.copyOfRange(bytes, offset, offset + MIB));
                    }
                    finishedByOther[0] = other.uploadFinish(start.uploadId());
                }
            });

            assertThat(file).isEqualTo(finishedByOther[0]);
            assertThat(downloaded(alice.client(), file.id())).isEqualTo(bytes);
        }
    }

    @Test
    void theSameFileUploadedTwiceAtOnceOnOneRetryingConnectionEndsAsOneFile() throws Exception {
        byte[] bytes = randomBytes(8 * MIB + 5);
        Path original = write("both.bin", bytes);
        String sha = Sha256.hex(bytes);
        ReconnectPolicy quick = new ReconnectPolicy(Duration.ofMillis(50), Duration.ofMillis(200));
        try (TestServer.Device alice = server.newUser("both");
             RetryingConnection connection = new RetryingConnection(listener -> server.resume(alice.token()), quick, 0)) {
            List<CompletableFuture<FileInfo>> uploads = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                uploads.add(CompletableFuture.supplyAsync(() -> {
                    try {
                        return connection.upload(original, "both.bin", sha, TransferListener.NONE);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }));
            }

            // one upload or two, as the two starts fell: each ends with the file
            for (CompletableFuture<FileInfo> upload : uploads) {
                FileInfo file = upload.get(60, TimeUnit.SECONDS);
                assertThat(file.sha256()).isEqualTo(sha);
                assertThat(downloaded(alice.client(), file.id())).isEqualTo(bytes);
            }
        }
    }

    @Test
    void anUploadOfTheSameBytesUnderANameDifferingInCaseOrTrailingSpaceIsNotAResume() {
        byte[] bytes = randomBytes(1000);
        String sha = Sha256.hex(bytes);
        try (TestServer.Device alice = server.newUser("names")) {
            Results.UploadOffset first = alice.client().uploadStart("Report.pdf", bytes.length, sha);
            alice.client().uploadChunk(first.uploadId(), 0, Arrays.copyOfRange(bytes, 0, 10));

            Results.UploadOffset lowerCase = alice.client().uploadStart("report.pdf", bytes.length, sha);
            Results.UploadOffset trailingSpace = alice.client().uploadStart("Report.pdf ", bytes.length, sha);
            Results.UploadOffset same = alice.client().uploadStart("Report.pdf", bytes.length, sha);

            assertThat(List.of(lowerCase.uploadId(), trailingSpace.uploadId())).doesNotContain(first.uploadId());
            assertThat(lowerCase.offset()).isZero();
            assertThat(same).isEqualTo(new Results.UploadOffset(first.uploadId(), 10));
        }
    }

    @Test
    void anInterruptedDownloadResumesFromTheBytesAlreadySaved() throws IOException {
        byte[] bytes = randomBytes(2 * MIB + 5);
        try (TestServer.Device alice = server.newUser("dl-resume")) {
            FileInfo file = alice.client().upload(write("a.bin", bytes), "a.bin", TransferListener.NONE);
            Path partial = write("partial.bin", Arrays.copyOfRange(bytes, 0, MIB + 7));
            List<Long> progress = new CopyOnWriteArrayList<>();
            alice.client().download(file.id(), partial, (done, total) -> progress.add(done));
            assertThat(progress.get(0)).isEqualTo(MIB + 7);
            assertThat(Files.readAllBytes(partial)).isEqualTo(bytes);
        }
    }

    @Test
    void aDownloadCancelledWhileItChecksTheBytesItKeptStopsThere() throws IOException {
        byte[] bytes = randomBytes(2 * MIB + 5);
        try (TestServer.Device alice = server.newUser("dl-cancel")) {
            FileInfo file = alice.client().upload(write("c.bin", bytes), "c.bin", TransferListener.NONE);
            Path partial = write("cancelled.bin", Arrays.copyOfRange(bytes, 0, MIB + 7));
            List<Long> progress = new CopyOnWriteArrayList<>();
            TransferListener cancelled = new TransferListener() {
                @Override
                public void progress(long done, long total) {
                    progress.add(done);
                }

                @Override
                public boolean cancelled() {
                    return true;
                }
            };

            assertThatThrownBy(() -> alice.client().download(file.id(), partial, cancelled))
                    .isInstanceOf(CancellationException.class);
            assertThat(progress).as("cancelled before it went on").isEmpty();
            assertThat(Files.size(partial)).isEqualTo(MIB + 7);
        }
    }

    @Test
    void aChunkAtTheWrongOffsetIsRefusedWithTheExpectedOne() {
        byte[] bytes = randomBytes(1000);
        try (TestServer.Device alice = server.newUser("offset")) {
            MessengerClient client = alice.client();
            Results.UploadOffset start = client.uploadStart("o.bin", bytes.length, Sha256.hex(bytes));
            client.uploadChunk(start.uploadId(), 0, Arrays.copyOfRange(bytes, 0, 100));
            MessengerException error = catchError(() -> client.uploadChunk(start.uploadId(), 50, new byte[10]));
            assertThat(error.code()).isEqualTo(ErrorCode.BAD_OFFSET);
            assertThat(error.header().get("expected").getAsLong()).isEqualTo(100);
            assertError(() -> client.uploadChunk(start.uploadId(), 100, new byte[901]), ErrorCode.TOO_LARGE);
            assertError(() -> client.uploadChunk(start.uploadId(), 100, new byte[0]), ErrorCode.BAD_REQUEST);
            assertThat(client.uploadChunk(start.uploadId(), 100, Arrays.copyOfRange(bytes, 100, 1000))).isEqualTo(1000);
            assertThat(client.uploadFinish(start.uploadId()).size()).isEqualTo(1000);
        }
    }

    /** Pipelined chunks are stored in groups, each answered in order as if it had been sent alone. */
    @Test
    void pipelinedChunksAreEachAnsweredAsIfAlone() {
        byte[] bytes = randomBytes(5 * 1000);
        try (TestServer.Device alice = server.newUser("grouped")) {
            MessengerClient client = alice.client();
            Results.UploadOffset start = client.uploadStart("g.bin", bytes.length, Sha256.hex(bytes));
            long id = start.uploadId();
            List<CompletableFuture<Frame>> replies = new ArrayList<>();
            replies.add(chunk(client, id, 0, Arrays.copyOfRange(bytes, 0, 1000)));
            replies.add(chunk(client, id, 1000, Arrays.copyOfRange(bytes, 1000, 2000)));
            replies.add(chunk(client, id, 500, new byte[10]));                        // wrong offset
            replies.add(chunk(client, id, 2000, new byte[4000]));                     // past the size
            replies.add(chunk(client, id + 1_000_000, 2000, new byte[10]));           // nobody's upload
            replies.add(chunk(client, id, 2000, Arrays.copyOfRange(bytes, 2000, 5000)));
            replies.add(client.call(Requests.UploadFinish.TYPE, new Requests.UploadFinish(id), null));
            replies.add(chunk(client, id, 5000, new byte[1]));                        // after the finish

            assertThat(MessengerClient.result(client.await(replies.get(0)), Results.ChunkAccepted.class).offset())
                    .isEqualTo(1000);
            assertThat(MessengerClient.result(client.await(replies.get(1)), Results.ChunkAccepted.class).offset())
                    .isEqualTo(2000);
            MessengerException badOffset = catchError(() -> client.await(replies.get(2)));
            assertThat(badOffset.code()).isEqualTo(ErrorCode.BAD_OFFSET);
            assertThat(badOffset.header().get("expected").getAsLong()).isEqualTo(2000);
            assertError(() -> client.await(replies.get(3)), ErrorCode.TOO_LARGE);
            assertError(() -> client.await(replies.get(4)), ErrorCode.NOT_FOUND);
            assertThat(MessengerClient.result(client.await(replies.get(5)), Results.ChunkAccepted.class).offset())
                    .isEqualTo(5000);
            FileInfo file = MessengerClient.result(client.await(replies.get(6)), Results.File.class).file();
            assertThat(file.sha256()).isEqualTo(Sha256.hex(bytes));
            assertError(() -> client.await(replies.get(7)), ErrorCode.NOT_FOUND);
            assertThat(client.await(client.call(Requests.FileRead.TYPE, new Requests.FileRead(file.id(), 0L, bytes.length),
                    null)).payload()).isEqualTo(bytes);
        }
    }

    static CompletableFuture<Frame> chunk(MessengerClient client, long uploadId, long offset, byte[] bytes) {
        return client.call(Requests.UploadChunk.TYPE, new Requests.UploadChunk(uploadId, offset), bytes);
    }

    @Test
    void aWrongChecksumDiscardsTheUpload() {
        byte[] bytes = randomBytes(5000);
        try (TestServer.Device alice = server.newUser("checksum")) {
            MessengerClient client = alice.client();
            String declared = Sha256.hex(randomBytes(10));
            Results.UploadOffset start = client.uploadStart("bad.bin", bytes.length, declared);
            client.uploadChunk(start.uploadId(), 0, bytes);
            assertError(() -> client.uploadFinish(start.uploadId()), ErrorCode.CHECKSUM_MISMATCH);
            assertError(() -> client.uploadChunk(start.uploadId(), 5000, new byte[1]), ErrorCode.NOT_FOUND);
            assertError(() -> client.uploadFinish(start.uploadId()), ErrorCode.NOT_FOUND);
            assertError(() -> client.fileInfo(start.uploadId()), ErrorCode.NOT_FOUND);
            assertThat(client.uploadStart("bad.bin", bytes.length, declared).offset()).isZero();
            assertThat(bytesStored(start.uploadId())).isTrue();
            expiry.deleteDiscarded();
            assertThat(bytesStored(start.uploadId())).isFalse();
        }
    }

    @Test
    void theSameBytesFinishAtOnceForWhoeverProvesTheyHoldThem() throws IOException {
        byte[] bytes = randomBytes(300_000);
        Path local = write("shared.bin", bytes);
        try (TestServer.Device alice = server.newUser("first-up"); TestServer.Device bob = server.newUser("second-up")) {
            FileInfo original = alice.client().upload(local, "shared.bin", TransferListener.NONE);
            List<Long> progress = new ArrayList<>();
            FileInfo copy = bob.client().upload(local, "mine.bin", (done, total) -> progress.add(done));

            assertThat(copy.id()).isNotEqualTo(original.id());
            assertThat(copy.sha256()).isEqualTo(original.sha256());
            assertThat(copy.name()).isEqualTo("mine.bin");
            assertThat(progress).as("done at once").containsExactly((long) bytes.length);
            assertThat(bytesStored(copy.id())).as("no byte sent or stored again").isFalse();
            assertThat(downloaded(bob.client(), copy.id())).isEqualTo(bytes);
        }
    }

    @Test
    void aWrongProofAndAFileNobodyStoredGetTheSameAnswer() {
        byte[] stored = randomBytes(70_000);
        byte[] unknown = randomBytes(70_001);
        try (TestServer.Device alice = server.newUser("holder"); TestServer.Device eve = server.newUser("guesser")) {
            Results.UploadOffset original = alice.client().uploadStart("s.bin", stored.length, Sha256.hex(stored));
            alice.client().uploadChunk(original.uploadId(), 0, stored);
            alice.client().uploadFinish(original.uploadId());

            Results.UploadOffset guess = eve.client().uploadStart("g.bin", stored.length, Sha256.hex(stored));
            assertThat(guess.challenge()).isNotNull();
            assertThat(eve.client().uploadProve(guess.uploadId(), Sha256.hex(randomBytes(5)))).isNull();
            Results.UploadOffset other = eve.client().uploadStart("u.bin", unknown.length, Sha256.hex(unknown));
            assertThat(eve.client().uploadProve(other.uploadId(), rightProof(unknown, other)))
                    .as("a right proof of bytes nobody stored").isNull();

            assertThat(eve.client().uploadChunk(guess.uploadId(), 0, stored)).as("the upload goes on as usual")
                    .isEqualTo(stored.length);
            assertThat(eve.client().uploadProve(guess.uploadId(), Sha256.hex(stored)))
                    .as("an upload that has begun proves nothing; it goes on with chunks").isNull();
            assertError(() -> alice.client().uploadProve(guess.uploadId(), Sha256.hex(stored)), ErrorCode.NOT_FOUND);
            assertThat(eve.client().uploadFinish(guess.uploadId()).sha256()).isEqualTo(Sha256.hex(stored));
        }
    }

    /** A secret in the challenged range (a PIN in a form) cannot be guessed proof after proof on one upload. */
    @Test
    void anUploadAnswersOneProofOnly() {
        byte[] stored = randomBytes(70_002);
        try (TestServer.Device alice = server.newUser("pin-holder");
                TestServer.Device eve = server.newUser("pin-guesser")) {
            uploadedInChunks(alice.client(), "form.pdf", stored, stored.length);
            Results.UploadOffset guess = eve.client().uploadStart("form.pdf", stored.length, Sha256.hex(stored));
            assertThat(eve.client().uploadProve(guess.uploadId(), Sha256.hex(new byte[1]))).isNull();

            assertThat(eve.client().uploadProve(guess.uploadId(), rightProof(stored, guess)))
                    .as("the right proof after a wrong one").isNull();
            Results.UploadOffset resumed = eve.client().uploadStart("form.pdf", stored.length, Sha256.hex(stored));
            assertThat(resumed.uploadId()).isEqualTo(guess.uploadId());
            assertThat(resumed.challenge()).as("the same upload started again").isNull();
            assertThat(eve.client().uploadChunk(guess.uploadId(), 0, stored)).as("the upload goes on as usual")
                    .isEqualTo(stored.length);
            assertThat(eve.client().uploadFinish(guess.uploadId()).sha256()).isEqualTo(Sha256.hex(stored));
        }
    }

    /** A fresh upload is a fresh proof, so a user's proofs are counted across their uploads. */
    @Test
    void proofsOnFreshUploadsRunOutForTheHour() {
        byte[] stored = randomBytes(70_003);
        String sha256 = Sha256.hex(stored);
        try (TestServer.Device alice = server.newUser("form-holder");
                TestServer.Device eve = server.newUser("form-guesser");
                TestServer.Device bob = server.newUser("form-sharer")) {
            uploadedInChunks(alice.client(), "form.pdf", stored, stored.length);
            for (int i = 0; i < config.uploadProofsPerHour(); i++) {
                Results.UploadOffset guess = eve.client().uploadStart("guess-" + i + ".pdf", stored.length, sha256);
                assertThat(eve.client().uploadProve(guess.uploadId(), Sha256.hex(new byte[i]))).isNull();
            }

            Results.UploadOffset right = eve.client().uploadStart("right.pdf", stored.length, sha256);
            assertThat(eve.client().uploadProve(right.uploadId(), rightProof(stored, right)))
                    .as("the right guess once the hour's proofs are spent").isNull();
            Results.UploadOffset other = bob.client().uploadStart("form.pdf", stored.length, sha256);
            assertThat(bob.client().uploadProve(other.uploadId(), rightProof(stored, other)))
                    .as("another user's proof").isNotNull();
        }
    }

    @Test
    void startingUploadsAgainDrawsNoOtherRangeToProve() {
        byte[] bytes = randomBytes(500_000);
        try (TestServer.Device mallory = server.newUser("redraw")) {
            List<Results.Challenge> challenges = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                challenges.add(mallory.client().uploadStart("r" + i + ".bin", bytes.length, Sha256.hex(bytes))
                        .challenge());
            }

            try (TestServer.Device again = server.newUser("redraw-again")) {
                challenges.add(again.client().uploadStart("r.bin", bytes.length, Sha256.hex(bytes)).challenge());
            }

            assertThat(challenges).extracting(Results.Challenge::offset).as("the range asked for, of any account")
                    .containsOnly(challenges.get(0).offset());
            assertThat(challenges).extracting(Results.Challenge::nonce).as("a fresh nonce each").doesNotHaveDuplicates();
        }
    }

    @Test
    void finishingBeforeEveryByteArrivedIsAMismatch() {
        byte[] bytes = randomBytes(5000);
        try (TestServer.Device alice = server.newUser("short")) {
            Results.UploadOffset start = alice.client().uploadStart("s.bin", bytes.length, Sha256.hex(bytes));
            alice.client().uploadChunk(start.uploadId(), 0, Arrays.copyOfRange(bytes, 0, 10));
            assertError(() -> alice.client().uploadFinish(start.uploadId()), ErrorCode.CHECKSUM_MISMATCH);
        }
    }

    @Test
    void anEmptyFileIsAFileToo() throws IOException {
        try (TestServer.Device alice = server.newUser("empty")) {
            FileInfo file = alice.client().upload(write("empty.txt", new byte[0]), "empty.txt", TransferListener.NONE);
            assertThat(file.size()).isZero();
            Path copy = dir.resolve("empty-copy.txt");
            alice.client().download(file.id(), copy, TransferListener.NONE);
            assertThat(Files.size(copy)).isZero();
        }
    }

    @Test
    void uploadStartChecksItsFieldsAndTheSizeLimit() {
        String sha = Sha256.hex(new byte[0]);
        try (TestServer.Device alice = server.newUser("limits")) {
            MessengerClient client = alice.client();
            assertError(() -> client.uploadStart("huge.iso", 5L * 1024 * MIB, sha), ErrorCode.TOO_LARGE);
            assertError(() -> client.uploadStart("n".repeat(256), 1, sha), ErrorCode.BAD_REQUEST);
            assertError(() -> client.uploadStart("", 1, sha), ErrorCode.BAD_REQUEST);
            assertError(() -> client.uploadStart("x", -1, sha), ErrorCode.BAD_REQUEST);
            assertError(() -> client.uploadStart("x", 1, "not-hex"), ErrorCode.BAD_REQUEST);
            assertThat(client.uploadStart("ü".repeat(127), 1, sha).offset()).isZero();
        }
    }

    @Test
    void uploadsOfOtherUsersAndUnknownFilesAreNotFound() {
        byte[] bytes = randomBytes(100);
        try (TestServer.Device alice = server.newUser("owner"); TestServer.Device mallory = server.newUser("mallory")) {
            Results.UploadOffset start = alice.client().uploadStart("mine.bin", bytes.length, Sha256.hex(bytes));
            assertError(() -> mallory.client().uploadChunk(start.uploadId(), 0, bytes), ErrorCode.NOT_FOUND);
            assertError(() -> mallory.client().uploadFinish(start.uploadId()), ErrorCode.NOT_FOUND);
            assertError(() -> mallory.client().fileInfo(start.uploadId()), ErrorCode.NOT_FOUND);
            assertError(() -> mallory.client().fileInfo(987_654_321L), ErrorCode.NOT_FOUND);
            assertError(() -> mallory.client().request("file.read", new Read(start.uploadId(), 0, 10)),
                    ErrorCode.NOT_FOUND);
        }
    }

    @Test
    void readsOutsideTheFileOrOverThePayloadLimitAreRefused() {
        byte[] bytes = randomBytes(100);
        try (TestServer.Device alice = server.newUser("reads")) {
            MessengerClient client = alice.client();
            long id = uploadedInChunks(client, "r.bin", bytes, 100);
            assertError(() -> client.request("file.read", new Read(id, 101, 10)), ErrorCode.BAD_OFFSET);
            assertError(() -> client.request("file.read", new Read(id, 0, 1_048_577)), ErrorCode.BAD_REQUEST);
            assertError(() -> client.request("file.read", new Read(id, 0, 0)), ErrorCode.BAD_REQUEST);
            Results.FileBytes tail = MessengerClient.result(client.request("file.read", new Read(id, 90, 50)),
                    Results.FileBytes.class);
            assertThat(tail).isEqualTo(new Results.FileBytes(90, 10, true));
        }
    }

    @Test
    void aReadReturnsExactlyItsBytesWhereverItStartsAndHowManyChunksItSpans() {
        byte[] bytes = randomBytes(1000);
        try (TestServer.Device alice = server.newUser("spans")) {
            MessengerClient client = alice.client();
            long id = uploadedInChunks(client, "spans.bin", bytes, 100, 400, 401, 1000);

            int[][] reads = {{0, 100}, {100, 300}, {0, 1000}, {50, 100}, {99, 303}, {400, 1}, {399, 3}, {401, 599},
                    {999, 1}, {950, 100}};
            for (int[] read : reads) {
                byte[] payload = client.request("file.read", new Read(id, read[0], read[1])).payload();
                int end = Math.min(bytes.length, read[0] + read[1]);
                assertThat(payload).as("read of %d bytes at %d", read[1], read[0])
                        .isEqualTo(Arrays.copyOfRange(bytes, read[0], end));
            }
        }
    }

    record Read(long fileId, long offset, int length) {
    }

    /** Uploads {@code bytes} in chunks that end at {@code chunkEnds} (the last is the size) and finishes it. */
    static long uploadedInChunks(MessengerClient client, String name, byte[] bytes, int... chunkEnds) {
        Results.UploadOffset start = client.uploadStart(name, bytes.length, Sha256.hex(bytes));
        int from = 0;
        for (int end : chunkEnds) {
            client.uploadChunk(start.uploadId(), from, Arrays.copyOfRange(bytes, from, end));
            from = end;
        }
        return client.uploadFinish(start.uploadId()).id();
    }

    private static List<Long> uploads(String login, int count, FileStatus status) {
        UserEntity owner = UserEntity.find("login", login).firstResult();
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            FileEntity file = new FileEntity();
            file.owner = owner;
            file.name = "idle-" + i + ".bin";
            file.size = 10;
            file.sha256 = "0".repeat(64);
            file.status = status;
            file.createdAt = LONG_AGO;
            file.updatedAt = LONG_AGO;
            file.store = "filesystem";
            file.persist();
            ids.add(file.id);
        }
        return ids;
    }

    private static void awaitDeleted(long fileId) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (QuarkusTransaction.requiringNew().call(() -> FileEntity.count("id", fileId)) > 0) {
            assertThat(System.nanoTime()).as("upload %d deleted by the run", fileId).isLessThan(deadline);
            Thread.sleep(10);
        }
    }

    private static void awaitUninterruptibly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
    private static String rightProof(byte[] bytes, Results.UploadOffset start) {
        Results.Challenge challenge = start.challenge();
        int from = (int) challenge.offset();
        byte[] range = Arrays.copyOfRange(bytes, from, from + challenge.length());
        return PossessionProof.of(challenge.nonce(), range);
    }

    private byte[] downloaded(MessengerClient client, long fileId) throws IOException {
        Path copy = Files.createTempFile(dir, "download-", ".bin");
        Files.delete(copy);
        client.download(fileId, copy, TransferListener.NONE);
        return Files.readAllBytes(copy);
    }

    private Path write(String name, byte[] bytes) throws IOException {
        return Files.write(dir.resolve(name), bytes);
    }

    static byte[] randomBytes(int size) {
        byte[] bytes = new byte[size];
        new Random(size).nextBytes(bytes);
        return bytes;
    }

    /** Whether any byte of the file is stored: here in the filesystem store, the default. */
    boolean bytesStored(long fileId) {
        return Files.exists(server.storedBytes(fileId));
    }
}
