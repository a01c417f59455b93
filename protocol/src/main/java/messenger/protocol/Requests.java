package messenger.protocol;

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

    public record Send(String clientMsgId, String text, Long fileId) {
        public static final String TYPE = "send";
    }

    public record History(Long before, Integer limit) {
        public static final String TYPE = "history";
    }

    public record Sync(Long after, Integer limit) {
        public static final String TYPE = "sync";
    }

    public record Subscribe() {
        public static final String TYPE = "subscribe";
    }

    public record UploadStart(String name, Long size, String sha256) {
        public static final String TYPE = "upload.start";
    }

    public record UploadChunk(Long uploadId, Long offset) {
        public static final String TYPE = "upload.chunk";
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
}
