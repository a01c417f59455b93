package messenger.handlers.file;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import messenger.handlers.HandlerConfig;
import messenger.handlers.account.UserEntity;
import messenger.handlers.spi.Fields;
import messenger.handlers.spi.Handles;
import messenger.handlers.spi.Identity;
import messenger.handlers.spi.Reply;
import messenger.handlers.spi.Request;
import messenger.handlers.spi.RequestException;
import messenger.handlers.spi.RequestHandler;
import messenger.handlers.spi.Session;
import messenger.protocol.ErrorCode;
import messenger.protocol.ProtocolRules;
import messenger.protocol.Requests;
import messenger.protocol.Results;
import messenger.protocol.Sha256;

/** Opens an upload, or finds the unfinished one of the same bytes so the client resumes at its offset. */
@ApplicationScoped
@Handles(type = Requests.UploadStart.TYPE)
public class UploadStartHandler implements RequestHandler {

    /** How long after its last chunk an unfinished upload still holds the room it has yet to fill. */
    static final Duration HOLDS_ROOM_WHILE_IDLE = Duration.ofMinutes(10);

    @Inject
    HandlerConfig config;

    @Inject
    FileStores stores;

    @Override
    public Reply handle(Request request, Session session) {
        Requests.UploadStart body = request.body(Requests.UploadStart.class);
        String name = validName(body.name());
        long size = Fields.nonNegative(body.size(), "size");
        String sha256 = Fields.required(body.sha256(), "sha256");
        if (!Sha256.isHex(sha256)) {
            throw Fields.badRequest("\"sha256\" must be 64 hex digits");
        }
        sha256 = sha256.toLowerCase(Locale.ROOT);
        if (size > config.maxFileSize()) {
            throw new RequestException(ErrorCode.TOO_LARGE,
                    "files may be at most " + config.maxFileSize() + " bytes");
        }
        Identity identity = session.requireIdentity();
        // the column's collation ignores trailing spaces; a resumed upload must keep its exact name
        FileEntity file = FileEntity.<FileEntity>list(
                        "owner.id = ?1 and status = ?2 and name = ?3 and size = ?4 and sha256 = ?5",
                        identity.userId(), FileStatus.UPLOADING, name, size, sha256)
                .stream()
                .filter(candidate -> candidate.name.equals(name))
                .findFirst()
                .orElse(null);
        if (file == null) {
            FileStore store = stores.forNewFiles();
            // negative when the disk has filled up since the unfinished uploads started
            long room = store.usableSpace() - stillToCome(store);
            if (size > 0 && size > room) {
                // how much room there is stays the operator's business
                throw new RequestException(ErrorCode.TOO_LARGE, "the server has no room for " + size
                        + " more bytes; nothing was stored");
            }
            file = new FileEntity();
            file.store = store.name();
            file.owner = UserEntity.findById(identity.userId());
            file.name = name;
            file.size = size;
            file.sha256 = sha256;
            file.status = FileStatus.UPLOADING;
            file.createdAt = Instant.now();
            file.updatedAt = file.createdAt;
            UploadChallenges.draw(file);
            file.persist();
        }
        return Reply.of(new Results.UploadOffset(file.id, file.received, UploadChallenges.of(file)));
    }

    /**
     * The bytes the unfinished uploads to {@code store} have yet to write: the room they will take is not offered
     * again, so two large uploads started side by side cannot both count on the same free space. (Two starts in the
     * same instant may still both count on it; the disk then refuses the later chunks.) So that nobody can keep
     * others from uploading by starting uploads they never send, only uploads that received a chunk (or started)
     * within {@link #HOLDS_ROOM_WHILE_IDLE} count, and a user's count for at most {@code messenger.max-file-size}.
     */
    private long stillToCome(FileStore store) {
        Object sum = Panache.getEntityManager().createNativeQuery("select coalesce(sum(least(left_to_come, :cap)), 0)"
                        + " from (select sum(size - received) left_to_come from files where status = :uploading"
                        + " and store = :store and updated_at > :since group by owner_id) per_user")
                .setParameter("cap", config.maxFileSize())
                .setParameter("uploading", FileStatus.UPLOADING.name())
                .setParameter("store", store.name())
                .setParameter("since", Instant.now().minus(HOLDS_ROOM_WHILE_IDLE))
                .getSingleResult();
        return ((Number) sum).longValue();
    }

    private static String validName(String name) {
        Fields.required(name, "name");
        if (name.isBlank() || name.getBytes(StandardCharsets.UTF_8).length > ProtocolRules.FILE_NAME_MAX_BYTES) {
            throw Fields.badRequest("\"name\" must be 1 to " + ProtocolRules.FILE_NAME_MAX_BYTES
                    + " UTF-8 bytes, not only white space");
        }
        return name;
    }
}
