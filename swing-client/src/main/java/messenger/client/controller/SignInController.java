package messenger.client.controller;

import java.io.IOException;
import java.util.Optional;
import java.util.function.Consumer;
import messenger.client.model.LoginChoices;
import messenger.client.model.LoginForm;
import messenger.client.model.LoginForm.Field;
import messenger.client.net.Accounts;
import messenger.client.net.Connections;
import messenger.client.net.Device;
import messenger.protocol.client.MessengerException;
import messenger.protocol.client.Tls;

/**
 * Signs in, or creates an account and signs in, with a form the view has checked, off the event thread. A
 * refusal comes back to the form with the field it concerns; a success goes on to whoever opens the chat.
 */
public final class SignInController {

    /** What a successful sign-in hands on: the device and what to remember for the next sign-in. */
    public interface SignedIn {
        void signedIn(Device device, LoginChoices choices);
    }

    /** Why a sign-in did not happen, and the field at fault (empty when it is the form as a whole). */
    public record Refusal(Optional<Field> field, Throwable cause) {
    }

    private final SignedIn onSignedIn;

    public SignInController(SignedIn onSignedIn) {
        this.onSignedIn = onSignedIn;
    }

    /** Called on the event thread; so is {@code onRefused}. */
    public void submit(LoginForm form, boolean createAccount, Consumer<Refusal> onRefused) {
        Background.run(() -> {
            Tls trust = trust(form);
            return createAccount ? Accounts.createAccount(form.address(), trust, form.login(), form.password())
                    : Accounts.signIn(form.address(), trust, form.login(), form.password());
        }, device -> onSignedIn.signedIn(device, form.choices()), failure -> onRefused.accept(refusal(failure)));
    }

    private static Tls trust(LoginForm form) throws UnreadableCertificateException {
        try {
            return Connections.tls(form);
        } catch (IOException e) {
            throw new UnreadableCertificateException(e);
        }
    }

    private static Refusal refusal(Throwable failure) {
        Field field = null;
        if (failure instanceof UnreadableCertificateException) {
            field = Field.CERTIFICATE;
        } else if (failure instanceof MessengerException error) {
            field = switch (error.code()) {
                case LOGIN_TAKEN, INVALID_LOGIN -> Field.LOGIN;
                case WEAK_PASSWORD -> Field.PASSWORD;
                default -> null;
            };
        }
        return new Refusal(Optional.ofNullable(field), failure);
    }
}
