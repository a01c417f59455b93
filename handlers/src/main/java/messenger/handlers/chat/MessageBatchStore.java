package messenger.handlers.chat;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import messenger.handlers.RowLocks;
import messenger.handlers.account.UserEntity;
import messenger.handlers.file.FileEntity;
import messenger.handlers.file.FileStatus;
import messenger.handlers.spi.RequestException;
import messenger.protocol.ErrorCode;
import messenger.protocol.Message;
import messenger.protocol.Timestamps;

/**
 * Stores a batch of new messages in one transaction. The counter row is locked first and stays locked until
 * the commit, so every id handed out is larger than any id committed before, and ids appear in commit order,
 * across any number of server instances.
 */
@ApplicationScoped
public class MessageBatchStore {

    /** What became of one new message: stored now, found stored earlier (a repeated send), or refused. */
    public record Outcome(Message message, boolean stored, RequestException error) {
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
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        List<Outcome> outcomes = new ArrayList<>(batch.size());
        for (NewMessage draft : batch) {
            SendKey key = new SendKey(draft.senderId(), draft.clientMsgId());
            Message earlier = known.get(key);
            if (earlier != null) {
                outcomes.add(new Outcome(earlier, false, null));
            } else if (draft.fileId() != null && !files.containsKey(draft.fileId())) {
                outcomes.add(new Outcome(null, false,
                        new RequestException(ErrorCode.NOT_FOUND, "no file with id " + draft.fileId())));
            } else {
                MessageEntity entity = new MessageEntity();
                entity.id = ++counter.lastId;
                entity.sender = Panache.getEntityManager().getReference(UserEntity.class, draft.senderId());
                entity.clientMsgId = draft.clientMsgId();
                entity.text = draft.text();
                entity.file = draft.fileId() == null ? null : files.get(draft.fileId());
                entity.createdAt = now;
                entity.persist();
                Message message = new Message(entity.id, draft.senderLogin(), Timestamps.format(now), draft.text(),
                        draft.clientMsgId(), entity.file == null ? null : entity.file.toInfo());
                known.put(key, message);
                outcomes.add(new Outcome(message, true, null));
            }
        }
        return outcomes;
    }

    private static Map<SendKey, Message> earlierSends(List<NewMessage> batch) {
        List<Long> senders = batch.stream().map(NewMessage::senderId).distinct().toList();
        List<String> clientIds = batch.stream().map(NewMessage::clientMsgId).distinct().toList();
        Map<SendKey, Message> known = new HashMap<>();
        for (MessageEntity entity : MessageQueries.bySenderAndClientIds(senders, clientIds)) {
            known.put(new SendKey(entity.sender.id, entity.clientMsgId), entity.toMessage());
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
