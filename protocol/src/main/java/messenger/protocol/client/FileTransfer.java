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

    static FileInfo upload(MessengerClient client, Path file, String name, String sha256, TransferListener progress)
            throws IOException {
        long size = Files.size(file);
        Results.UploadOffset start = client.uploadStart(name, size, sha256);
        int chunkSize = chunkSize(client);
        Deque<CompletableFuture<Frame>> inFlight = new ArrayDeque<>();
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            FileInfo alreadyStored = proveIfChallenged(client, start, channel);
            if (alreadyStored != null) {
                progress.alreadyOnServer(size);
                return alreadyStored;
            }
            long next = start.offset();
            progress.progress(next, size);
            while (next < size || !inFlight.isEmpty()) {
                checkCancelled(progress);
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
                        FileInfo finished = finishedMeanwhile(client, refused, start.uploadId());
                        progress.progress(size, size);
                        return finished;
                    }
                    progress.progress(MessengerClient.result(accepted, Results.ChunkAccepted.class).offset(), size);
                }
            }
        }
        return client.uploadFinish(start.uploadId());
    }

    /**
     * The file, when {@code refused} is the {@code NOT_FOUND} of an upload that another of the user's connections
     * finished meanwhile: the same file shared twice at once, which {@code upload.start} resumes as one upload. Its
     * bytes matched the same size and SHA-256, so {@code upload.finish} returns that file; for an upload that is
     * gone it refuses again. Any other refusal is rethrown.
     */
    private static FileInfo finishedMeanwhile(MessengerClient client, MessengerException refused, long uploadId) {
        if (refused.code() != ErrorCode.NOT_FOUND) {
            throw refused;
        }
        return client.uploadFinish(uploadId);
    }

    /** Answers the server's challenge: when it holds the same bytes, the upload is done without sending them. */
    private static FileInfo proveIfChallenged(MessengerClient client, Results.UploadOffset start, FileChannel channel)
            throws IOException {
        Results.Challenge challenge = start.challenge();
        if (challenge == null || start.offset() != 0) {
            return null;
        }
        byte[] range = readChunk(channel, challenge.offset(), challenge.length());
        try {
            return client.uploadProve(start.uploadId(), PossessionProof.of(challenge.nonce(), range));
        } catch (MessengerException refused) {
            return finishedMeanwhile(client, refused, start.uploadId());
        }
    }

    static FileInfo download(MessengerClient client, long fileId, Path target, TransferListener progress)
            throws IOException {
        FileInfo info = client.fileInfo(fileId);
        long offset = Files.exists(target) ? Files.size(target) : 0;
        if (offset > info.size()) {
            offset = 0;
        }
        MessageDigest digest = Sha256.ofPrefix(target, offset, progress::cancelled);
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
