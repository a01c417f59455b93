package messenger.client.cache;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Cipher;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * The device token as the cache keeps it: encrypted (AES-GCM) with a key derived from the password (PBKDF2), so
 * the file alone signs nobody in, and only the right password opens it again, which also proves that password
 * while the server cannot be asked.
 */
final class SealedToken {

    private static final int ITERATIONS = 120_000;
    private static final int SALT = 16;
    private static final int IV = 12;
    private static final SecureRandom RANDOM = new SecureRandom();

    private SealedToken() {
    }

    static String seal(String token, String password) {
        byte[] salt = random(SALT);
        byte[] iv = random(IV);
        try {
            Cipher cipher = cipher(Cipher.ENCRYPT_MODE, password, salt, iv);
            byte[] sealed = cipher.doFinal(token.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(ByteBuffer.allocate(SALT + IV + sealed.length)
                    .put(salt).put(iv).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("this Java cannot encrypt with AES-GCM", e);
        }
    }

    /** The token, or empty when the password is not the one it was sealed with. */
    static Optional<String> open(String sealed, String password) {
        ByteBuffer bytes = ByteBuffer.wrap(Base64.getDecoder().decode(sealed));
        byte[] salt = new byte[SALT];
        byte[] iv = new byte[IV];
        bytes.get(salt).get(iv);
        byte[] rest = new byte[bytes.remaining()];
        bytes.get(rest);
        try {
            return Optional.of(new String(cipher(Cipher.DECRYPT_MODE, password, salt, iv).doFinal(rest),
                    StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            return Optional.empty();
        }
    }

    private static Cipher cipher(int mode, String password, byte[] salt, byte[] iv) throws GeneralSecurityException {
        byte[] key = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
                .generateSecret(new PBEKeySpec(password.toCharArray(), salt, ITERATIONS, 256)).getEncoded();
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(mode, new SecretKeySpec(key, "AES"), new GCMParameterSpec(128, iv));
        return cipher;
    }

    private static byte[] random(int length) {
        byte[] bytes = new byte[length];
        RANDOM.nextBytes(bytes);
        return bytes;
    }
}
