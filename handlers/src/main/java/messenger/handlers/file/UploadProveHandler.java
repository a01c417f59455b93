package messenger.handlers.file;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Locale;
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

/**
 * Completes an upload at once when the same bytes are stored already and the uploader proves, by the challenge
 * of {@code upload.start} or {@code upload.hash}, that they hold them: the file shares the stored bytes. Otherwise
 * the answer is the same whether no such file exists or the proof was wrong, and the upload goes on as usual.
 * An upload that has received bytes already is discarded instead, so that they are deleted, and the file is a
 * new one: chunks still in flight then find no upload to add to.
 */
@ApplicationScoped
@Handles(type = Requests.UploadProve.TYPE)
public class UploadProveHandler implements RequestHandler {

    @Inject
    FileStores stores;

    @Inject
    UploadDigests digests;

    @Override
    public Reply handle(Request request, Session session) {
        Requests.UploadProve body = request.body(Requests.UploadProve.class);
        long uploadId = Fields.requiredId(body.uploadId(), "uploadId");
        String proof = Fields.required(body.proof(), "proof");
        if (!Sha256.isHex(proof)) {
            throw Fields.badRequest("\"proof\" must be 64 hex digits");
        }
        FileEntity upload = Uploads.lockUnfinished(uploadId, session.requireIdentity().userId());
        Results.Challenge challenge = UploadChallenges.of(upload);
        if (challenge == null) {
            throw Fields.badRequest("only an upload of a non-empty file whose SHA-256 is known is proven");
        }
        FileEntity stored = FileEntity.<FileEntity>find("size = ?1 and sha256 = ?2 and status = ?3 and id <> ?4",
                upload.size, upload.sha256, FileStatus.COMPLETE, upload.id).firstResult();
        if (stored == null || !matches(proof, challenge, stored)) {
            return Reply.of(new Results.File(null));
        }
        digests.forget(upload.id);
        FileEntity file = upload.received == 0 ? upload : copyOf(upload);
        if (file != upload) {
            upload.status = FileStatus.DISCARDED;
        }
        file.store = stored.store;
        file.bytesOf = stored.bytesId();
        file.received = file.size;
        file.status = FileStatus.COMPLETE;
        file.completedAt = Instant.now();
        file.updatedAt = file.completedAt;
        file.proofNonce = null;
        file.persist();
        return Reply.of(new Results.File(file.toInfo()));
    }

    private static FileEntity copyOf(FileEntity upload) {
        FileEntity file = new FileEntity();
        file.owner = upload.owner;
        file.name = upload.name;
        file.size = upload.size;
        file.sha256 = upload.sha256;
        file.createdAt = upload.createdAt;
        return file;
    }

    private boolean matches(String proof, Results.Challenge challenge, FileEntity stored) {
        byte[] range = stores.of(stored).read(stored.bytesId(), challenge.offset(), challenge.length());
        String expected = PossessionProof.of(challenge.nonce(), range);
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
                proof.toLowerCase(Locale.ROOT).getBytes(StandardCharsets.US_ASCII));
    }
}
