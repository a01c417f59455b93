package messenger.protocol.client;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import messenger.protocol.ErrorCode;
import messenger.protocol.FileInfo;
import messenger.protocol.Frame;
import messenger.protocol.PossessionProof;
import messenger.protocol.Requests;
import messenger.protocol.Results;
import messenger.protocol.Sha256;

/**
 * Streams files over a {@link MessengerClient} in chunks, keeping a few requests in flight so the
 * connection never idles between round trips. Memory use is {@code window × chunk}, whatever the file size.
 */
final class FileTransfer {

    static final int CHUNK_SIZE = 1024 * 1024;
    /**
     * Chunks in flight: the server stores those that wait together, with one force and one commit. As many as a
     * server queues per connection by default ({@code messenger.max-queued-requests}); 16 uploaded 11 % faster
     * than 8 at the median, and 32 no faster than 16 (docs/benchmarks.md, "Sixteen chunks in flight").
     */
    private static final int UPLOAD_WINDOW = 16;
    /** Reads in flight: more did not read faster, as their replies queue behind each other on the server. */
    private static final int DOWNLOAD_WINDOW = 4;

    private FileTransfer() {
    }

    static FileInfo upload(MessengerClient client, Path file, String name, FileHash hash, TransferListener progress)
            throws IOException {
        long size = Files.size(file);
        String known = size <= FileHash.HASHED_FIRST_UP_TO ? hash.await() : hash.ifKnown();
        Results.UploadOffset start = known == null ? startUnhashed(client, name, size) : null;
        if (start == null) {
            known = hash.await();
            start = client.uploadStart(name, size, known);
        }
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            FileInfo alreadyStored = prove(client, start.uploadId(), start.challenge(), channel);
            if (alreadyStored == null) {
                LateHash late = new LateHash(client, start.uploadId(), known == null ? hash : null, channel);
                alreadyStored = sendChunks(client, start, size, channel, late, progress);
            }
            if (alreadyStored != null) {
                progress.alreadyOnServer(size);
                return alreadyStored;
            }
        }
        return client.uploadFinish(start.uploadId());
    }

    /**
     * Sends the chunks from the server's offset on; returns the file instead as soon as a late proof shows that the
     * server holds the same bytes (it has then discarded the upload, and refuses the chunks still in flight).
     */
    private static FileInfo sendChunks(MessengerClient client, Results.UploadOffset start, long size,
                                       FileChannel channel, LateHash late, TransferListener progress)
            throws IOException {
        int chunkSize = chunkSize(client);
        Deque<CompletableFuture<Frame>> inFlight = new ArrayDeque<>();
        long next = start.offset();
        progress.progress(next, size);
        while (next < size || !inFlight.isEmpty()) {
            checkCancelled(progress);
            FileInfo proven = late.poll();
            if (proven != null) {
                return proven;
            }
            if (next < size && inFlight.size() < UPLOAD_WINDOW) {
                byte[] chunk = readChunk(channel, next, (int) Math.min(chunkSize, size - next));
                inFlight.add(client.call(Requests.UploadChunk.TYPE,
                        new Requests.UploadChunk(start.uploadId(), next), chunk));
                next += chunk.length;
            } else {
                Frame accepted;
                try {
                    accepted = client.await(inFlight.poll());
                } catch (MessengerException refused) {
                    return late.provenInstead(refused);
                }
                progress.progress(MessengerClient.result(accepted, Results.ChunkAccepted.class).offset(), size);
            }
        }
        return late.finish();
    }

    /** An upload opened before its hash is known; null from a server that wants the hash first. */
    private static Results.UploadOffset startUnhashed(MessengerClient client, String name, long size) {
        try {
            return client.uploadStart(name, size, null);
        } catch (MessengerException e) {
            if (e.code() != ErrorCode.BAD_REQUEST) {
                throw e;
            }
            return null;
        }
    }

    /** Answers the server's challenge: when it holds the same bytes, the upload is done without sending them. */
    private static FileInfo prove(MessengerClient client, long uploadId, Results.Challenge challenge,
                                  FileChannel channel) throws IOException {
        return challenge == null ? null : client.uploadProve(uploadId, proof(challenge, channel));
    }

    private static String proof(Results.Challenge challenge, FileChannel channel) throws IOException {
        return PossessionProof.of(challenge.nonce(), readChunk(channel, challenge.offset(), challenge.length()));
    }

    /**
     * The hash of an upload started without it: given with {@code upload.hash} as soon as it is known, and the
     * challenge that comes back answered, both while the chunks go on, so a file the server holds already stops
     * being sent once the hash is taken.
     */
    private static final class LateHash {
        private final MessengerClient client;
        private final long uploadId;
        private final FileChannel channel;
        /** Null once given (or when it was given with {@code upload.start}). */
        private FileHash hash;
        private CompletableFuture<Frame> hashReply;
        private CompletableFuture<Frame> proofReply;

        LateHash(MessengerClient client, long uploadId, FileHash hash, FileChannel channel) {
            this.client = client;
            this.uploadId = uploadId;
            this.hash = hash;
            this.channel = channel;
        }

        /** Moves on as far as the hash and the replies allow: the file, once the server proves to hold it. */
        FileInfo poll() throws IOException {
            String known = hash == null ? null : hash.ifKnown();
            if (known != null) {
                hashReply = client.call(Requests.UploadHash.TYPE, new Requests.UploadHash(uploadId, known), null);
                hash = null;
            }
            if (hashReply != null && hashReply.isDone()) {
                Results.Challenge challenge = MessengerClient.result(client.await(hashReply),
                        Results.UploadOffset.class).challenge();
                hashReply = null;
                if (challenge != null) {
                    proofReply = client.call(Requests.UploadProve.TYPE,
                            new Requests.UploadProve(uploadId, proof(challenge, channel)), null);
                }
            }
            if (proofReply != null && proofReply.isDone()) {
                FileInfo file = MessengerClient.result(client.await(proofReply), Results.File.class).file();
                proofReply = null;
                return file;
            }
            return null;
        }

        /** The file, when a chunk was refused because a proof in flight had finished the upload; else the refusal. */
        FileInfo provenInstead(MessengerException refused) {
            FileInfo file = proofReply == null ? null
                    : MessengerClient.result(client.await(proofReply), Results.File.class).file();
            if (file == null) {
                throw refused;
            }
            return file;
        }

        /** After the last chunk: the hash given, waiting for it if need be; the file if a proof already holds. */
        FileInfo finish() throws IOException {
            if (hash != null) {
                client.uploadHash(uploadId, hash.await());
                hash = null;
            }
            if (hashReply != null) {
                MessengerClient.result(client.await(hashReply), Results.UploadOffset.class);
                hashReply = null;
            }
            return proofReply == null ? null
                    : MessengerClient.result(client.await(proofReply), Results.File.class).file();
        }
    }

    static FileInfo download(MessengerClient client, long fileId, Path target, TransferListener progress)
            throws IOException {
        FileInfo info = client.fileInfo(fileId);
        long offset = Files.exists(target) ? Files.size(target) : 0;
        if (offset > info.size()) {
            offset = 0;
        }
        MessageDigest digest = Sha256.ofPrefix(target, offset);
        int chunkSize = chunkSize(client);
        Deque<CompletableFuture<Frame>> inFlight = new ArrayDeque<>();
        try (FileChannel channel = FileChannel.open(target, StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
            channel.truncate(offset);
            channel.position(offset);
            long next = offset;
            progress.progress(offset, info.size());
            while (offset < info.size()) {
                checkCancelled(progress);
                while (next < info.size() && inFlight.size() < DOWNLOAD_WINDOW) {
                    int length = (int) Math.min(chunkSize, info.size() - next);
                    inFlight.add(client.call(Requests.FileRead.TYPE, new Requests.FileRead(fileId, next, length), null));
                    next += length;
                }
                Frame reply = client.await(inFlight.poll());
                Results.FileBytes bytes = MessengerClient.result(reply, Results.FileBytes.class);
                if (bytes.offset() != offset || bytes.length() != reply.payload().length || bytes.length() == 0) {
                    throw new IOException("server sent bytes at " + bytes.offset() + " while " + offset + " was expected");
                }
                channel.write(ByteBuffer.wrap(reply.payload()));
                digest.update(reply.payload());
                offset += bytes.length();
                progress.progress(offset, info.size());
            }
        }
        if (!Sha256.hex(digest).equals(info.sha256())) {
            Files.deleteIfExists(target);
            throw new MessengerException(ErrorCode.CHECKSUM_MISMATCH,
                    "downloaded bytes do not match the file's SHA-256; the partial file was deleted", null);
        }
        return info;
    }

    private static int chunkSize(MessengerClient client) {
        return Math.min(CHUNK_SIZE, client.limits().maxPayload());
    }

    private static byte[] readChunk(FileChannel channel, long position, int length) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(length);
        while (buffer.hasRemaining()) {
            if (channel.read(buffer, position + buffer.position()) < 0) {
                throw new IOException("file shrank while it was being uploaded");
            }
        }
        return buffer.array();
    }

    private static void checkCancelled(TransferListener progress) {
        if (progress.cancelled()) {
            throw new CancellationException("transfer cancelled");
        }
    }
}
