package messenger.handlers.file;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;
import messenger.protocol.PossessionProof;
import messenger.protocol.Results;
import messenger.protocol.Sha256;

/**
 * The challenge of a fresh upload: a nonce drawn once per upload, and a range of the file that depends only on the
 * file's size and SHA-256. Every upload of a non-empty file gets one at its start, whether or not the same bytes are
 * stored, so the challenge itself tells nothing. The range is never drawn again, by any account: a user who knows
 * most of a file but not all (a form with a secret filled in) could otherwise start uploads, or sign up again, until
 * one asked for a range they know, and be handed the whole file. For the same reason the nonce answers one proof:
 * the first {@code upload.prove} spends it, right or wrong, so that a secret in the range cannot be guessed proof
 * after proof on one upload ({@link UploadProofLimiter} counts the proofs of fresh uploads).
 */
final class UploadChallenges {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int NONCE_BYTES = 16;

    private UploadChallenges() {
    }

    /** Draws the nonce of a new upload; an empty file gets none, as it has nothing to prove. */
    static void draw(FileEntity upload) {
        if (upload.size > 0) {
            byte[] nonce = new byte[NONCE_BYTES];
            RANDOM.nextBytes(nonce);
            upload.proofNonce = HexFormat.of().formatHex(nonce);
        }
    }

    /** The upload's challenge; null for an empty file, an upload already begun, or one whose proof is spent. */
    static Results.Challenge of(FileEntity upload) {
        if (upload.proofNonce == null || upload.received > 0) {
            return null;
        }
        int length = (int) Math.min(PossessionProof.RANGE, upload.size);
        long positions = upload.size - length + 1;
        return new Results.Challenge(upload.proofNonce, Math.floorMod(rangeDraw(upload), positions), length);
    }

    /** Spends the upload's one proof: from now on it has no challenge. */
    static void spend(FileEntity upload) {
        upload.proofNonce = null;
    }

    private static long rangeDraw(FileEntity upload) {
        MessageDigest digest = Sha256.newDigest();
        digest.update(ByteBuffer.allocate(Long.BYTES).putLong(upload.size).array());
        digest.update(upload.sha256.getBytes(StandardCharsets.US_ASCII));
        return ByteBuffer.wrap(digest.digest()).getLong();
    }
}
