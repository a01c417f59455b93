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

    /**
     * A page of {@code history} or {@code sync}: messages ascending by id; {@code events} (ascending, in the same id
     * sequence) only in a {@code sync} with {@code all}, null otherwise.
     */
    public record MessagePage(List<Message> messages, List<ConversationEvent> events, boolean hasMore,
                              Boolean hasNewer) {

        public MessagePage(List<Message> messages, boolean hasMore) {
            this(messages, null, hasMore, null);
        }

        public MessagePage(List<Message> messages, List<ConversationEvent> events, boolean hasMore) {
            this(messages, events, hasMore, null);
        }

        public List<ConversationEvent> eventsOrEmpty() {
            return events == null ? List.of() : events;
        }
    }

    /** {@code cursor}: the highest id of the log (messages and events) when the list was read. */
    public record ConversationList(List<Conversation> conversations, boolean hasMore, long cursor) {
    }

    public record ConversationResult(Conversation conversation) {
    }

    public record RoomPage(List<PublicRoom> rooms, boolean hasMore) {
    }

    public record Logins(List<String> logins) {
    }

    public record MemberPage(List<Member> members, boolean hasMore) {
    }

    public record ReadMarker(long readUpTo) {
    }

    /**
     * A page of a message's earlier texts, oldest first; the current text is the message's own. {@code hasMore}:
     * older ones were left out.
     */
    public record Versions(List<Version> versions, boolean hasMore) {
    }

    /** {@code id}: the cursor to page back from ({@code before}). */
    public record Version(long id, String text, String at) {
    }

    public record Presences(List<Presence> users) {
    }

    public record Settings(boolean receipts) {
    }

    public record Receipts(List<Receipt> receipts) {
    }

    /** Another member's read marker: they have read up to message {@code upTo}. */
    public record Receipt(String login, long upTo) {
    }

    /** {@code challenge}: for {@code upload.prove}; absent from servers without it and for empty files. */
    public record UploadOffset(long uploadId, long offset, Challenge challenge) {

        public UploadOffset(long uploadId, long offset) {
            this(uploadId, offset, null);
        }
    }

    /** Prove you hold the file: hash {@code nonce} (hex, as bytes) followed by the file's bytes in this range. */
    public record Challenge(String nonce, long offset, int length) {
    }

    public record ChunkAccepted(long offset) {
    }

    public record File(FileInfo file) {
    }

    /** The header of a {@code file.read} reply; the bytes are the frame's payload. */
    public record FileBytes(long offset, int length, boolean eof) {
    }

    /** One page of {@code search}; {@code next}: the cursor of the following page, null after the last. */
    public record SearchPage(List<SearchHit> hits, String next) {
    }

    /**
     * A message found: {@code in} says whether {@code snippet} is from its {@code text} or its {@code file}'s name;
     * {@code ranges} are the matched parts of {@code snippet}, in UTF-16 code units.
     */
    public record SearchHit(long id, long conversation, String from, String at, String in, String snippet,
                            List<Range> ranges, FileInfo file) {
        public static final String IN_TEXT = "text";
        public static final String IN_FILE = "file";
    }

    /** {@code snippet.substring(start, end)} matched. */
    public record Range(int start, int end) {
    }
}
