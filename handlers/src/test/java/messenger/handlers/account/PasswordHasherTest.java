package messenger.handlers.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quarkus.elytron.security.common.BcryptUtil;
import io.smallrye.config.WithDefault;
import messenger.handlers.HandlerConfig;
import org.junit.jupiter.api.Test;

class PasswordHasherTest {

    private final PasswordHasher hasher = new PasswordHasher(PasswordHasher.RECOMMENDED_COST);

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
    void theServerHashesAtCostTwelveUnlessConfiguredAndRefusesCostsBcryptHasNot() throws Exception {
        assertThat(HandlerConfig.class.getMethod("passwordHashCost").getAnnotation(WithDefault.class).value())
                .isEqualTo("12");
        assertThat(new PasswordHasher(4).hash("correct horse battery")).startsWith("$2a$04$");
        assertThatThrownBy(() -> new PasswordHasher(3)).hasMessageContaining("between 4 and 31");
        assertThatThrownBy(() -> new PasswordHasher(32)).hasMessageContaining("between 4 and 31");
    }

    @Test
    void aHashOfAnotherCostIsNotCurrent() {
        String longPassword = "é".repeat(100);
        PasswordHasher cheaper = new PasswordHasher(4);

        assertThat(hasher.hasCurrentCost(hasher.hash("correct horse battery"))).isTrue();
        assertThat(hasher.hasCurrentCost(hasher.hash(longPassword))).isTrue();
        assertThat(hasher.hasCurrentCost(cheaper.hash("correct horse battery"))).isFalse();
        assertThat(hasher.hasCurrentCost(cheaper.hash(longPassword))).isFalse();
        assertThat(cheaper.hasCurrentCost(BcryptUtil.bcryptHash("correct horse battery", 4))).isTrue();
    }

    @Test
    void aLongPasswordStoredBeforePreHashingStillSignsIn() {
        String longPassword = "é".repeat(100);
        String storedEarlier = BcryptUtil.bcryptHash(longPassword, PasswordHasher.RECOMMENDED_COST);

        assertThat(hasher.matches(longPassword, storedEarlier)).isTrue();
    }
}
