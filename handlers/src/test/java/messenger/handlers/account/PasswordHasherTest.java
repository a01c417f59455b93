package messenger.handlers.account;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.elytron.security.common.BcryptUtil;
import org.junit.jupiter.api.Test;

class PasswordHasherTest {

    private final PasswordHasher hasher = new PasswordHasher();

    @Test
    void everyCharacterOfAPasswordLongerThanBcryptReadsCounts() {
        String common = "x".repeat(PasswordHasher.BCRYPT_MAX_BYTES);
        String hash = hasher.hash(common + " and the rest");

        assertThat(hash).startsWith(PasswordHasher.PRE_HASHED).hasSizeLessThanOrEqualTo(100);
        assertThat(hasher.matches(common + " and the rest", hash)).isTrue();
        assertThat(hasher.matches(common + " but another end", hash)).isFalse();
        assertThat(hasher.matches(common, hash)).isFalse();
    }

    @Test
    void aShortPasswordIsPlainBcryptAtCostTwelve() {
        String hash = hasher.hash("correct horse battery");

        assertThat(hash).startsWith("$2a$12$");
        assertThat(hasher.matches("correct horse battery", hash)).isTrue();
        assertThat(hasher.matches("correct horse batter", hash)).isFalse();
    }

    @Test
    void aLongPasswordStoredBeforePreHashingStillSignsIn() {
        String longPassword = "é".repeat(100);
        String storedEarlier = BcryptUtil.bcryptHash(longPassword, PasswordHasher.COST);

        assertThat(hasher.matches(longPassword, storedEarlier)).isTrue();
    }
}
