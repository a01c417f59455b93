package messenger.handlers.account;

/** One login attempt that {@link LoginThrottle#begin} let through: counts its outcome and, once closed, lets the next. */
public final class LoginAttempt implements AutoCloseable {

    private final LoginThrottle throttle;
    private final String login;
    private final String address;
    private final Runnable release;

    LoginAttempt(LoginThrottle throttle, String login, String address, Runnable release) {
        this.throttle = throttle;
        this.login = login;
        this.address = address;
        this.release = release;
    }

    public void failed() {
        throttle.failed(login, address);
    }

    public void succeeded() {
        throttle.succeeded(login);
    }

    @Override
    public void close() {
        release.run();
    }
}
