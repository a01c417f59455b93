package messenger.handlers.account;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

/** An account. {@code loginKey} is the lower-cased login that makes logins unique regardless of case. */
@Entity
@Table(name = "users")
public class UserEntity extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false, length = 32)
    public String login;

    @Column(name = "login_key", nullable = false, unique = true, length = 32)
    public String loginKey;

    @Column(name = "password_hash", nullable = false, length = 100)
    public String passwordHash;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    /** Whether this user's read markers are shown to the other members (read receipts). */
    @Column(name = "share_receipts", nullable = false)
    public boolean shareReceipts = true;

    /** When the user's last connection closed; null if never seen since this was kept. */
    @Column(name = "last_seen_at")
    public Instant lastSeenAt;

    public static String keyOf(String login) {
        return login.toLowerCase(Locale.ROOT);
    }

    public static Optional<UserEntity> findByLogin(String login) {
        return find("loginKey", keyOf(login)).firstResultOptional();
    }
}
