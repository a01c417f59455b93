package messenger.handlers.conversation;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/** One user's membership of one conversation: their role and read marker. */
@Entity
@Table(name = "conversation_members")
@IdClass(MemberEntity.Key.class)
public class MemberEntity extends PanacheEntityBase {

    /** The composite primary key, as Hibernate wants it: a class with a no-argument constructor and equality. */
    public static class Key implements Serializable {
        public Long conversationId;
        public Long userId;

        public Key() {
        }

        public Key(Long conversationId, Long userId) {
            this.conversationId = conversationId;
            this.userId = userId;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(conversationId, key.conversationId)
                    && Objects.equals(userId, key.userId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(conversationId, userId);
        }
    }

    @Id
    @Column(name = "conversation_id")
    public Long conversationId;

    @Id
    @Column(name = "user_id")
    public Long userId;

    @Column(nullable = false, length = 8)
    public String role;

    @Column(name = "read_up_to", nullable = false)
    public long readUpTo;

    @Column(name = "joined_at", nullable = false)
    public Instant joinedAt;

    /** {@code all}, {@code mentions} or {@code none}; null: the default of the conversation's kind. */
    @Column(length = 8)
    public String notifications;

    public static MemberEntity of(long conversationId, long userId, String role, Instant at) {
        MemberEntity member = new MemberEntity();
        member.conversationId = conversationId;
        member.userId = userId;
        member.role = role;
        member.joinedAt = at;
        return member;
    }
}
