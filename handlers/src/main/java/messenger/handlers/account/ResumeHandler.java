package messenger.handlers.account;

import jakarta.enterprise.context.ApplicationScoped;
import messenger.handlers.spi.Fields;
import messenger.handlers.spi.Identity;
import messenger.handlers.spi.Reply;
import messenger.handlers.spi.Request;
import messenger.handlers.spi.RequestException;
import messenger.handlers.spi.RequestHandler;
import messenger.handlers.spi.Session;
import messenger.protocol.ErrorCode;
import messenger.protocol.Requests;
import messenger.protocol.Results;

/** Authenticates a further connection of a device (file connection, reconnect) by its token. */
@ApplicationScoped
public class ResumeHandler implements RequestHandler {

    @Override
    public String type() {
        return Requests.Resume.TYPE;
    }

    @Override
    public boolean allowedBeforeLogin() {
        return true;
    }

    @Override
    public Reply handle(Request request, Session session) {
        String token = Fields.required(request.body(Requests.Resume.class).token(), "token");
        DeviceEntity device = DeviceEntity.findActiveByTokenHash(DeviceTokens.hash(token))
                .orElseThrow(() -> new RequestException(ErrorCode.AUTH_FAILED, "unknown or revoked token"));
        session.authenticate(new Identity(device.user.id, device.user.login, device.id));
        return Reply.of(new Results.Resumed(device.user.login));
    }
}
