package messenger.protocol;

import java.util.List;

/** The fields of an {@code ok} reply, one record per request type that returns any. */
public final class Results {

    private Results() {
    }

    public record Hello(int protocol, String server, int maxHeader, int maxPayload) {
    }

    public record Login(String login, String token) {
    }

    public record Resumed(String login) {
    }

    public record Pong(String time) {
    }

    public record Sent(Message message) {
    }

    /** A page of {@code history} or {@code sync}: messages ascending by id. */
    public record MessagePage(List<Message> messages, boolean hasMore) {
    }

    public record UploadOffset(long uploadId, long offset) {
    }

    public record ChunkAccepted(long offset) {
    }

    public record File(FileInfo file) {
    }

    /** The header of a {@code file.read} reply; the bytes are the frame's payload. */
    public record FileBytes(long offset, int length, boolean eof) {
    }
}
