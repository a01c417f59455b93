package messenger.handlers.file;

import java.nio.ByteBuffer;
import java.security.SecureRandom;
import java.util.HexFormat;
import messenger.protocol.PossessionProof;
import messenger.protocol.Results;
import messenger.protocol.Sha256;

/**
 * The challenge of a fresh upload: a nonce drawn once per upload and a range of the file derived from it. Every
 * upload that has received no byte yet gets one, whether or not the same bytes are stored, so the challenge
 * itself tells nothing.
 */
final class UploadChallenges {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int NONCE_BYTES = 16;

    private UploadChallenges() {
    }

    /** The upload's challenge, drawing its nonce on first use; null for an empty file or one already begun. */
    static Results.Challenge of(FileEntity upload) {
        if (upload.size == 0 || upload.received > 0) {
            return null;
        }
        if (upload.proofNonce == null) {
            byte[] nonce = new byte[NONCE_BYTES];
            RANDOM.nextBytes(nonce);
            upload.proofNonce = HexFormat.of().formatHex(nonce);
        }
        int length = (int) Math.min(PossessionProof.RANGE, upload.size);
        long positions = upload.size - length + 1;
        long draw = ByteBuffer.wrap(Sha256.newDigest().digest(HexFormat.of().parseHex(upload.proofNonce))).getLong();
        return new Results.Challenge(upload.proofNonce, Math.floorMod(draw, positions), length);
    }
}
