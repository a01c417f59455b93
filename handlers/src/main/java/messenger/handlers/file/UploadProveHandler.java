package messenger.handlers.file;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import messenger.handlers.DatabaseUnavailable;
import messenger.handlers.spi.Fields;
import messenger.handlers.spi.Handles;
import messenger.handlers.spi.Reply;
import messenger.handlers.spi.Request;
import messenger.handlers.spi.RequestHandler;
import messenger.handlers.spi.Session;
import messenger.protocol.PossessionProof;
import messenger.protocol.Requests;
import messenger.protocol.Results;
import messenger.protocol.Sha256;
import org.jboss.logging.Logger;

/**
 * Completes a fresh upload at once when the same bytes are stored already and the uploader proves, by the
 * challenge of {@code upload.start}, that they hold them: the new file shares the stored bytes. Otherwise the
 * answer is the same whether no such file exists, the proof was wrong, the upload's one proof was spent already or
 * the user's proofs for the hour are ({@link UploadProofLimiter}), and the upload goes on as usual.
 */
@ApplicationScoped
@Handles(type = Requests.UploadProve.TYPE)
public class UploadProveHandler implements RequestHandler {

    private static final Logger LOG = Logger.getLogger(UploadProveHandler.class);

    @Inject
    FileStores stores;

    @Inject
    UploadDigests digests;

    @Inject
    UploadProofLimiter limiter;

    @Override
    public Reply handle(Request request, Session session) {
        Requests.UploadProve body = request.body(Requests.UploadProve.class);
        long uploadId = Fields.requiredId(body.uploadId(), "uploadId");
        String proof = Fields.required(body.proof(), "proof");
        if (!Sha256.isHex(proof)) {
            throw Fields.badRequest("\"proof\" must be 64 hex digits");
        }
        long userId = session.requireIdentity().userId();
        FileEntity upload = Uploads.lockUnfinished(uploadId, userId);
        if (upload.size == 0) {
            throw Fields.badRequest("an empty file has nothing to prove");
        }
        Results.Challenge challenge = UploadChallenges.of(upload);
        if (challenge == null) {
            // proved once already, or chunks arrived since upload.start (another connection of the user uploading
            // the same file)
            return notProven();
        }
        UploadChallenges.spend(upload);
        if (!limiter.mayCheck(userId)) {
            return notProven();
        }
        FileEntity stored = FileEntity.<FileEntity>find("size = ?1 and sha256 = ?2 and status = ?3 and id <> ?4",
                upload.size, upload.sha256, FileStatus.COMPLETE, upload.id).firstResult();
        Optional<String> store = stored == null ? Optional.empty() : SharedBytes.lockForSharing(stored.bytesId());
        if (store.isEmpty()) {
            // as much hashing as a proof checked against stored bytes, so that the time taken tells nothing either
            PossessionProof.of(challenge.nonce(), new byte[challenge.length()]);
            return notProven();
        }
        if (!matches(proof, challenge, stores.named(store.get()), stored.bytesId())) {
            return notProven();
        }
        deleteOwnBytes(upload);
        upload.store = store.get();
        upload.bytesOf = stored.bytesId();
        upload.received = upload.size;
        upload.status = FileStatus.COMPLETE;
        upload.completedAt = Instant.now();
        upload.updatedAt = upload.completedAt;
        digests.forget(upload.id);
        return Reply.of(new Results.File(upload.toInfo()));
    }

    /**
     * A first chunk whose transaction rolled back may have left bytes under the upload's own id (the filesystem store
     * creates its file before the commit); once the upload shares other bytes, nothing else would delete them. In
     * this transaction, part after part: deleteAll's transactions of their own would each take another connection.
     */
    private void deleteOwnBytes(FileEntity upload) {
        FileStore own = stores.of(upload);
        while (own.deleteSome(upload.id)) {
            // the next part
        }
    }

    /** The one answer for every proof that finishes nothing, so that it tells nothing of why. */
    private static Reply notProven() {
        return Reply.of(new Results.File(null));
    }

    private static boolean matches(String proof, Results.Challenge challenge, FileStore store, long bytesId) {
        byte[] range;
        try {
            range = store.read(bytesId, challenge.offset(), challenge.length());
        } catch (RuntimeException e) {
            if (DatabaseUnavailable.causeOf(e) != null) {
                throw e;
            }
            // answered as a wrong proof: an error here would tell the uploader that the bytes exist
            LOG.warnf("the stored bytes of file %d could not be read to check a proof (%s)", bytesId, e.toString());
            return false;
        }
        String expected = PossessionProof.of(challenge.nonce(), range);
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
                proof.toLowerCase(Locale.ROOT).getBytes(StandardCharsets.US_ASCII));
    }
}
