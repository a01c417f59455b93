package messenger.protocol;

import java.util.List;
import java.util.Set;

/**
 * The request bodies of protocol v1, one record per type, with the type's name next to it.
 * Optional fields are boxed and may be null.
 */
public final class Requests {

    /**
     * The types a connection may use before it has signed in (marked <i>open</i> in docs/protocol.md); any
     * other type, an unknown one included, is then answered {@code UNAUTHENTICATED}.
     */
    public static final Set<String> OPEN_BEFORE_SIGN_IN =
            Set.of(Hello.TYPE, Register.TYPE, Login.TYPE, Resume.TYPE, Ping.TYPE);

    private Requests() {
    }

    public record Hello(Integer protocol, String client) {
        public static final String TYPE = "hello";
    }

    public record Register(String login, String password) {
        public static final String TYPE = "register";
    }

    public record Login(String login, String password, String device) {
        public static final String TYPE = "login";
    }

    public record Resume(String token) {
        public static final String TYPE = "resume";
    }

    public record Logout() {
        public static final String TYPE = "logout";
    }

    public record Ping() {
        public static final String TYPE = "ping";
    }

    /** {@code conversation} null: the room <i>general</i>, as for a client older than conversations. */
    /** {@code conversation} null: the room <i>general</i>; {@code replyTo}: a message of the same conversation. */
    public record Send(String clientMsgId, String text, Long fileId, Long conversation, Long replyTo) {
        public static final String TYPE = "send";

        public Send(String clientMsgId, String text, Long fileId) {
            this(clientMsgId, text, fileId, null, null);
        }

        public Send(String clientMsgId, String text, Long fileId, Long conversation) {
            this(clientMsgId, text, fileId, conversation, null);
        }
    }

    /** {@code around}: a page centred on that message instead of the newest before {@code before}. */
    public record History(Long before, Integer limit, Long conversation, Long around) {
        public static final String TYPE = "history";

        public History(Long before, Integer limit) {
            this(before, limit, null, null);
        }

        public History(Long before, Integer limit, Long conversation) {
            this(before, limit, conversation, null);
        }
    }

    /** {@code all} true: every conversation of the user and their changes; otherwise <i>general</i>'s messages. */
    public record Sync(Long after, Integer limit, Boolean all) {
        public static final String TYPE = "sync";

        public Sync(Long after, Integer limit) {
            this(after, limit, null);
        }
    }

    public record Subscribe(Boolean all) {
        public static final String TYPE = "subscribe";
    }

    public record Conversations(Long after, Integer limit) {
        public static final String TYPE = "conversations";
    }

    public record ConversationInfo(Long conversation) {
        public static final String TYPE = "conversation.info";
    }

    public record RoomCreate(String name, String topic, String visibility) {
        public static final String TYPE = "room.create";
    }

    public record RoomJoin(Long conversation) {
        public static final String TYPE = "room.join";
    }

    public record RoomInvite(Long conversation, String login) {
        public static final String TYPE = "room.invite";
    }

    public record RoomRemove(Long conversation, String login) {
        public static final String TYPE = "room.remove";
    }

    public record RoomLeave(Long conversation) {
        public static final String TYPE = "room.leave";
    }

    public record RoomUpdate(Long conversation, String name, String topic) {
        public static final String TYPE = "room.update";
    }

    public record RoomRole(Long conversation, String login, String role) {
        public static final String TYPE = "room.role";
    }

    public record RoomsBrowse(String prefix, Long after, Integer limit) {
        public static final String TYPE = "rooms.browse";
    }

    public record UsersFind(String prefix, Integer limit) {
        public static final String TYPE = "users.find";
    }

    public record DirectOpen(String login) {
        public static final String TYPE = "direct.open";
    }

    public record Members(Long conversation, String after, Integer limit) {
        public static final String TYPE = "members";
    }

    public record Read(Long conversation, Long upTo) {
        public static final String TYPE = "read";
    }

    public record MessageEdit(Long message, String text) {
        public static final String TYPE = "message.edit";
    }

    public record MessageDelete(Long message) {
        public static final String TYPE = "message.delete";
    }

    public record MessageVersions(Long message, Long before, Integer limit) {
        public static final String TYPE = "message.versions";
    }

    public record ReactionAdd(Long message, String emoji) {
        public static final String TYPE = "reaction.add";
    }

    public record ReactionRemove(Long message, String emoji) {
        public static final String TYPE = "reaction.remove";
    }

    public record Typing(Long conversation) {
        public static final String TYPE = "typing";
    }

    /** {@code idle} true: the user has not touched this device for a while; false: they are back. */
    public record Activity(Boolean idle) {
        public static final String TYPE = "activity";
    }

    public record PresenceQuery(List<String> logins) {
        public static final String TYPE = "presence";
    }

    /** Each field null: leave that setting as it is. */
    public record Settings(Boolean receipts) {
        public static final String TYPE = "settings";
    }

    /** {@code level}: {@code all}, {@code mentions} or {@code none}. */
    public record ConversationNotifications(Long conversation, String level) {
        public static final String TYPE = "conversation.notifications";
    }

    public record Receipts(Long conversation) {
        public static final String TYPE = "receipts";
    }

    public record UploadStart(String name, Long size, String sha256) {
        public static final String TYPE = "upload.start";
    }

    public record UploadChunk(Long uploadId, Long offset) {
        public static final String TYPE = "upload.chunk";
    }

    /** The answer to an {@code upload.start} challenge: hex SHA-256 of the nonce's bytes and then the range's. */
    public record UploadProve(Long uploadId, String proof) {
        public static final String TYPE = "upload.prove";
    }

    public record UploadFinish(Long uploadId) {
        public static final String TYPE = "upload.finish";
    }

    public record FileInfoRequest(Long fileId) {
        public static final String TYPE = "file.info";
    }

    public record FileRead(Long fileId, Long offset, Integer length) {
        public static final String TYPE = "file.read";
    }

    /**
     * Messages of the user's conversations matching {@code query}; every other field may be absent. {@code sender}:
     * a login; {@code since}/{@code until}: timestamps (inclusive/exclusive); {@code order}: {@code newest} (the
     * default) or {@code relevance}; {@code after}: the {@code next} cursor of the previous page.
     */
    public record Search(String query, Long conversation, String sender, String since, String until, String order,
                         Integer limit, String after) {
        public static final String TYPE = "search";
        public static final String NEWEST = "newest";
        public static final String RELEVANCE = "relevance";
        public static final int QUERY_MAX_CHARS = 200;
        public static final int DEFAULT_LIMIT = 20;
        public static final int MAX_LIMIT = 50;

        public Search(String query) {
            this(query, null, null, null, null, null, null, null);
        }
    }
}
