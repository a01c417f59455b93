package messenger.handlers.chat;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.CompletionStage;
import messenger.handlers.WriteRateLimiter;
import messenger.handlers.conversation.ConversationEntity;
import messenger.handlers.spi.DeferredRequestHandler;
import messenger.handlers.spi.Fields;
import messenger.handlers.spi.Handles;
import messenger.handlers.spi.Identity;
import messenger.handlers.spi.Reply;
import messenger.handlers.spi.Request;
import messenger.handlers.spi.Runs;
import messenger.handlers.spi.Session;
import messenger.protocol.ProtocolRules;
import messenger.protocol.Requests;
import messenger.protocol.Results;

/**
 * Stores a message through the {@link MessageWriter}; a repeated {@code clientMsgId} returns the first message
 * while the sender is still a member of its conversation.
 */
@ApplicationScoped
@Handles(type = Requests.Send.TYPE, runs = Runs.DEFERRED)
public class SendHandler implements DeferredRequestHandler {

    @Inject
    MessageWriter writer;

    @Inject
    WriteRateLimiter rate;

    @Override
    public CompletionStage<Reply> handleDeferred(Request request, Session session) {
        Requests.Send body = request.body(Requests.Send.class);
        String clientMsgId = Fields.required(body.clientMsgId(), "clientMsgId");
        if (clientMsgId.isEmpty() || clientMsgId.codePointCount(0, clientMsgId.length()) > ProtocolRules.CLIENT_MSG_ID_MAX) {
            throw Fields.badRequest("\"clientMsgId\" must be 1 to " + ProtocolRules.CLIENT_MSG_ID_MAX + " characters");
        }
        String text = body.text();
        if (text == null && body.fileId() == null) {
            throw Fields.badRequest("a message needs \"text\", \"fileId\" or both");
        }
        if (text != null && (text.isEmpty() || ProtocolRules.characterCount(text) > ProtocolRules.TEXT_MAX)) {
            throw Fields.badRequest("\"text\" must be 1 to " + ProtocolRules.TEXT_MAX + " characters");
        }
        Long fileId = body.fileId() == null ? null : Fields.requiredId(body.fileId(), "fileId");
        long conversation = body.conversation() == null ? ConversationEntity.GENERAL
                : Fields.requiredId(body.conversation(), "conversation");
        Long replyTo = body.replyTo() == null ? null : Fields.requiredId(body.replyTo(), "replyTo");
        Identity identity = session.requireIdentity();
        rate.acquire(identity.userId());
        return writer.append(new NewMessage(identity.userId(), identity.login(), clientMsgId, text, fileId,
                        conversation, replyTo))
                .thenApply(outcome -> {
                    if (outcome.error() != null) {
                        throw outcome.error();
                    }
                    return Reply.of(new Results.Sent(outcome.message()));
                });
    }
}
