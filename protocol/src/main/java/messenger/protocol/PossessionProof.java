package messenger.protocol;

import java.security.MessageDigest;
import java.util.HexFormat;

/**
 * The answer to an {@code upload.start} challenge: SHA-256 over the nonce's bytes and then the file's bytes in
 * the challenge's range. Only someone holding those bytes can compute it, and the nonce is fresh for every
 * upload, so a proof seen once proves nothing later.
 */
public final class PossessionProof {

    /** The most bytes a challenge asks for. */
    public static final int RANGE = 65_536;

    private PossessionProof() {
    }

    public static String of(String nonceHex, byte[] range) {
        MessageDigest digest = Sha256.newDigest();
        digest.update(HexFormat.of().parseHex(nonceHex));
        digest.update(range);
        return Sha256.hex(digest);
    }
}
