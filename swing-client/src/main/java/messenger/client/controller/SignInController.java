package messenger.client.controller;

import java.io.IOException;
import java.time.Clock;
import java.util.Optional;
import java.util.function.Consumer;
import messenger.client.cache.AccountCache;
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
 * refusal comes back to the form with the field it concerns; a success goes on to whoever opens the chat, with the
 * account's cache. When the server cannot be reached, an account that signed in here before with the same password
 * opens with what this computer kept, and connects as soon as it can.
 */
public final class SignInController {

    /** What a successful sign-in hands on: the device, its cache, and what to remember for the next sign-in. */
    public interface SignedIn {
        void signedIn(Device device, AccountCache cache, LoginChoices choices);
    }

    /** Why a sign-in did not happen, and the field at fault (empty when it is the form as a whole). */
    public record Refusal(Optional<Field> field, Throwable cause) {
    }

    private final SignedIn onSignedIn;
    private final Clock clock;

    public SignInController(SignedIn onSignedIn, Clock clock) {
        this.onSignedIn = onSignedIn;
        this.clock = clock;
    }

    /**
     * Called on the event thread; so is {@code onRefused}. {@code staySignedIn} keeps the device token on this
     * computer, so that the next start opens the account without the password (see {@link KeptSignIn}).
     */
    public void submit(LoginForm form, boolean createAccount, boolean staySignedIn, Consumer<Refusal> onRefused) {
        Background.run(() -> {
            Tls trust = trust(form);
            Device device;
            try {
                device = createAccount ? Accounts.createAccount(form.address(), trust, form.login(), form.password())
                        : Accounts.signIn(form.address(), trust, form.login(), form.password());
            } catch (IOException | RuntimeException e) {
                if (createAccount || !KeptAccount.unreachable(e)) {
                    throw e;
                }
                KeptAccount.Opened kept = KeptAccount.withoutServer(form.address(), trust, form.login(),
                        form.password(), clock).orElseThrow(() -> e);
                KeptSignIn.afterSignIn(kept.device(), staySignedIn);
                return kept;
            }
            AccountCache cache = KeptAccount.afterSignIn(device, form.password(), clock);
            KeptSignIn.afterSignIn(device, staySignedIn);
            return new KeptAccount.Opened(device, cache);
        }, opened -> onSignedIn.signedIn(opened.device(), opened.cache(), form.choices()),
                failure -> onRefused.accept(refusal(failure)));
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
