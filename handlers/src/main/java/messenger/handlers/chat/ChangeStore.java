package messenger.handlers.chat;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.transaction.Transactional;
import java.util.List;
import messenger.handlers.RowLocks;
import messenger.handlers.conversation.ConversationLog;
import messenger.handlers.spi.Delivery;
import messenger.handlers.spi.Reply;

/** Runs one {@link LogChange} in a transaction that holds the counter row, as {@link MessageBatchStore} does. */
@ApplicationScoped
public class ChangeStore {

    public record Outcome(Reply reply, List<Delivery> deliveries) {
    }

    @Transactional
    @ActivateRequestContext
    public Outcome apply(LogChange change) {
        MessageCounterEntity counter = RowLocks.lockById(MessageCounterEntity.class, "message_counter",
                MessageCounterEntity.THE_ROW);
        ConversationLog log = new ConversationLog(counter);
        Reply reply = change.apply(log);
        return new Outcome(reply, log.deliveries());
    }
}
