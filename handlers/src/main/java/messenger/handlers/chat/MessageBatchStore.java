package messenger.handlers.chat;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import messenger.handlers.RowLocks;
import messenger.handlers.account.UserEntity;
import messenger.handlers.conversation.ConversationEntity;
import messenger.handlers.conversation.Memberships;
import messenger.handlers.file.FileAccess;
import messenger.handlers.file.FileEntity;
import messenger.handlers.file.FileStatus;
import messenger.handlers.spi.Delivery;
import messenger.handlers.spi.RequestException;
import messenger.protocol.ErrorCode;
import messenger.protocol.Frame;
import messenger.protocol.Json;
import messenger.protocol.Message;
import messenger.protocol.Pushes;
import messenger.protocol.Timestamps;

/**
 * Stores a batch of new messages in one transaction. The counter row is locked first and stays locked until
 * the commit, so every id handed out is larger than any id committed before, and ids appear in commit order,
 * across any number of server instances.
 */
@ApplicationScoped
public class MessageBatchStore {

    /**
     * What became of one new message: stored now (with whom to push it to), found stored earlier (a repeated
     * send), or refused.
     */
    public record Outcome(Message message, boolean stored, RequestException error, Delivery delivery) {

        static Outcome refused(RequestException error) {
            return new Outcome(null, false, error, null);
        }
    }

    private record SendKey(long senderId, String clientMsgId) {
    }

    @Transactional
    @ActivateRequestContext
    public List<Outcome> store(List<NewMessage> batch) {
        MessageCounterEntity counter = RowLocks.lockById(MessageCounterEntity.class, "message_counter",
                MessageCounterEntity.THE_ROW);
        Map<SendKey, Message> known = earlierSends(batch);
        Map<Long, FileEntity> files = completeFiles(batch);
        Map<Long, Set<Long>> members = membersOfRooms(batch, known.values());
        Map<Long, MessageEntity> originals = originals(batch);
        List<Runnable> afterFlush = new ArrayList<>();
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        List<Outcome> outcomes = new ArrayList<>(batch.size());
        for (NewMessage draft : batch) {
            SendKey key = new SendKey(draft.senderId(), draft.clientMsgId());
            Message earlier = known.get(key);
            long conversation = draft.conversationId();
            Set<Long> audience = conversation == ConversationEntity.GENERAL ? null : members.get(conversation);
            RequestException refusal = earlier != null ? refusal(earlier.conversation(), members, draft.senderId())
                    : refusal(conversation, members, draft.senderId());
            if (refusal != null) {
                outcomes.add(Outcome.refused(refusal));
            } else if (earlier != null) {
                outcomes.add(new Outcome(earlier, false, null, null));
            } else if (draft.fileId() != null && (!files.containsKey(draft.fileId())
                    || !FileAccess.mayRead(files.get(draft.fileId()), draft.senderId()))) {
                outcomes.add(Outcome.refused(
                        new RequestException(ErrorCode.NOT_FOUND, "no file with id " + draft.fileId())));
            } else if (draft.replyTo() != null && (!originals.containsKey(draft.replyTo())
                    || originals.get(draft.replyTo()).conversationId != conversation)) {
                outcomes.add(Outcome.refused(new RequestException(ErrorCode.NOT_FOUND,
                        "no message with id " + draft.replyTo() + " in this conversation")));
            } else {
                MessageEntity entity = new MessageEntity();
                entity.id = ++counter.lastId;
                entity.sender = Panache.getEntityManager().getReference(UserEntity.class, draft.senderId());
                entity.clientMsgId = draft.clientMsgId();
                entity.text = draft.text();
                entity.file = draft.fileId() == null ? null : files.get(draft.fileId());
                entity.createdAt = now;
                entity.conversationId = conversation;
                entity.replyTo = draft.replyTo();
                entity.persist();
                List<Mentions.Mentioned> mentioned = Mentions.in(draft.text(), audience);
                if (!mentioned.isEmpty()) {
                    long id = entity.id;
                    afterFlush.add(() -> Mentions.store(id, conversation, mentioned));
                }
                Message message = new Message(entity.id, draft.senderLogin(), Timestamps.format(now), draft.text(),
                        draft.clientMsgId(), entity.file == null ? null : entity.file.toInfo(), conversation, null,
                        null, draft.replyTo() == null ? null : quote(originals.get(draft.replyTo())), null,
                        Mentions.logins(mentioned));
                known.put(key, message);
                Frame push = new Frame(Json.object(Pushes.MessagePush.TYPE, new Pushes.MessagePush(message)));
                outcomes.add(new Outcome(message, true, null, new Delivery(entity.id, push, true, audience)));
            }
        }
        if (!afterFlush.isEmpty()) {
            Panache.getEntityManager().flush();
            afterFlush.forEach(Runnable::run);
        }
        return outcomes;
    }

    /** The messages the batch replies to, by id; those that do not exist have no entry. */
    private static Map<Long, MessageEntity> originals(List<NewMessage> batch) {
        List<Long> ids = batch.stream().map(NewMessage::replyTo).filter(Objects::nonNull).distinct().toList();
        Map<Long, MessageEntity> originals = new HashMap<>();
        if (!ids.isEmpty()) {
            MessageEntity.<MessageEntity>list("from MessageEntity m join fetch m.sender left join fetch m.file"
                    + " where m.id in ?1", ids).forEach(message -> originals.put(message.id, message));
        }
        return originals;
    }

    private static Message.Quote quote(MessageEntity original) {
        return original.isDeleted() ? new Message.Quote(original.id, original.sender.login, null, null, true)
                : LiveFields.quoteOf(original.id, original.sender.login, original.text,
                        original.file == null ? null : original.file.name);
    }

    /**
     * Why the sender may not post to the conversation, or have a message of it back as a repeated send: the same
     * answer either way, so a resent {@code clientMsgId} tells someone who has left a room nothing a send to it
     * would not. Null when they may.
     */
    private static RequestException refusal(long conversation, Map<Long, Set<Long>> members, long senderId) {
        if (conversation == ConversationEntity.GENERAL) {
            return null;
        }
        Set<Long> audience = members.get(conversation);
        if (audience == null) {
            return Memberships.noSuchConversation(conversation);
        }
        return audience.contains(senderId) ? null
                : Memberships.notAMember(ConversationEntity.findById(conversation));
    }

    /**
     * The members of each conversation but <i>general</i> the batch sends to or has sent to before (its repeated
     * sends), read under the counter lock that every change of membership takes too; a conversation that does
     * not exist has no entry.
     */
    private static Map<Long, Set<Long>> membersOfRooms(List<NewMessage> batch, Collection<Message> earlier) {
        List<Long> ids = Stream.concat(batch.stream().map(NewMessage::conversationId),
                        earlier.stream().map(Message::conversation))
                .filter(id -> id != ConversationEntity.GENERAL).distinct().toList();
        Map<Long, Set<Long>> members = new HashMap<>();
        if (ids.isEmpty()) {
            return members;
        }
        ConversationEntity.<ConversationEntity>list("id in ?1", ids)
                .forEach(conversation -> members.put(conversation.id, new HashSet<>()));
        Panache.getEntityManager()
                .createQuery("select m.conversationId, m.userId from MemberEntity m where m.conversationId in ?1",
                        Object[].class)
                .setParameter(1, ids)
                .getResultList()
                .forEach(row -> members.get((Long) row[0]).add((Long) row[1]));
        members.replaceAll((id, users) -> Set.copyOf(users));
        return members;
    }

    private static Map<SendKey, Message> earlierSends(List<NewMessage> batch) {
        List<Long> senders = batch.stream().map(NewMessage::senderId).distinct().toList();
        List<String> clientIds = batch.stream().map(NewMessage::clientMsgId).distinct().toList();
        Map<SendKey, Message> known = new HashMap<>();
        for (MessageQueries.Sent sent : MessageQueries.bySenderAndClientIds(senders, clientIds)) {
            known.put(new SendKey(sent.senderId(), sent.message().clientMsgId()), sent.message());
        }
        return known;
    }

    private static Map<Long, FileEntity> completeFiles(List<NewMessage> batch) {
        List<Long> ids = batch.stream().map(NewMessage::fileId).filter(Objects::nonNull).distinct().toList();
        Map<Long, FileEntity> files = new HashMap<>();
        if (!ids.isEmpty()) {
            FileEntity.<FileEntity>list("id in ?1 and status = ?2", ids, FileStatus.COMPLETE)
                    .forEach(file -> files.put(file.id, file));
        }
        return files;
    }
}
