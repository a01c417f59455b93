package messenger.handlers.account;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** A signed-in device: one token, stored only as its SHA-256. */
@Entity
@Table(name = "devices")
public class DeviceEntity extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "user_id")
    public UserEntity user;

    @Column(length = 100)
    public String name;

    @Column(name = "token_hash", nullable = false, unique = true, length = 64)
    public String tokenHash;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "revoked_at")
    public Instant revokedAt;

    /**
     * The device with this token unless it is revoked, its row share-locked until the transaction ends: a
     * {@code logout} of the device (which updates the row) waits until then. Native SQL because Hibernate's
     * MySQL dialect writes {@code FOR SHARE}, which MariaDB does not know.
     */
    public static Optional<DeviceEntity> lockActiveByTokenHash(String tokenHash) {
        @SuppressWarnings("unchecked")
        List<DeviceEntity> rows = getEntityManager()
                .createNativeQuery("select * from devices where token_hash = ?1 and revoked_at is null"
                        + " lock in share mode", DeviceEntity.class)
                .setParameter(1, tokenHash)
                .getResultList();
        return rows.stream().findFirst();
    }

    /** Which of these devices are signed out ({@code logout}); a transaction must be active. */
    public static Set<Long> revokedAmong(Collection<Long> ids) {
        return new HashSet<>(getEntityManager()
                .createQuery("select d.id from DeviceEntity d where d.id in :ids and d.revokedAt is not null", Long.class)
                .setParameter("ids", ids)
                .getResultList());
    }
}
