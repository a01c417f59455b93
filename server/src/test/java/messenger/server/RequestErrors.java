package messenger.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import messenger.protocol.ErrorCode;
import messenger.protocol.client.MessengerException;

/** The error a request that must fail was answered with. */
final class RequestErrors {

    private RequestErrors() {
    }

    static MessengerException catchError(Runnable call) {
        try {
            call.run();
        } catch (MessengerException e) {
            return e;
        }
        throw new AssertionError("the request succeeded but an error was expected");
    }

    static void assertError(Runnable call, ErrorCode code) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(MessengerException.class,
                e -> assertThat(e.code()).as(e.getMessage()).isEqualTo(code));
    }
}
