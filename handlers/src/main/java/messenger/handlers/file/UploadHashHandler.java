package messenger.handlers.file;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Locale;
import messenger.handlers.spi.Fields;
import messenger.handlers.spi.Handles;
import messenger.handlers.spi.Reply;
import messenger.handlers.spi.Request;
import messenger.handlers.spi.RequestHandler;
import messenger.handlers.spi.Session;
import messenger.protocol.Requests;
import messenger.protocol.Results;
import messenger.protocol.Sha256;

/**
 * Gives an upload started without a SHA-256 its hash, taken by the client while the first chunks went out. From
 * then on the upload resumes like any other, and its challenge lets the client finish it at once when the same
 * bytes are stored already.
 */
@ApplicationScoped
@Handles(type = Requests.UploadHash.TYPE)
public class UploadHashHandler implements RequestHandler {

    @Override
    public Reply handle(Request request, Session session) {
        Requests.UploadHash body = request.body(Requests.UploadHash.class);
        long uploadId = Fields.requiredId(body.uploadId(), "uploadId");
        String sha256 = validHash(Fields.required(body.sha256(), "sha256"));
        FileEntity upload = Uploads.lockUnfinished(uploadId, session.requireIdentity().userId());
        if (upload.sha256 == null) {
            upload.sha256 = sha256;
        } else if (!upload.sha256.equals(sha256)) {
            throw Fields.badRequest("upload " + uploadId + " was declared with another SHA-256");
        }
        return Reply.of(new Results.UploadOffset(upload.id, upload.received, UploadChallenges.of(upload)));
    }

    /** The hash in lower case, or {@code BAD_REQUEST} when it is not one. */
    static String validHash(String sha256) {
        if (!Sha256.isHex(sha256)) {
            throw Fields.badRequest("\"sha256\" must be 64 hex digits");
        }
        return sha256.toLowerCase(Locale.ROOT);
    }
}
