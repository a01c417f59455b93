package messenger.handlers;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLRecoverableException;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;

class DatabaseUnavailableTest {

    @Test
    void aCommitThatLostItsConnectionIsUnavailabilityEvenWhenTheDriverErrorIsOnlySuppressed() {
        SQLRecoverableException lost = new SQLRecoverableException("Communications link failure");
        IllegalStateException rollback = new IllegalStateException("ARJUNA016053: Could not commit transaction.");
        rollback.addSuppressed(lost);

        assertThat(DatabaseUnavailable.causeOf(new CompletionException(new RuntimeException(rollback))))
                .isSameAs(lost);
    }

    @Test
    void aBugIsNotUnavailability() {
        IllegalStateException bug = new IllegalStateException("no such column");
        bug.addSuppressed(new IllegalArgumentException("also a bug"));

        assertThat(DatabaseUnavailable.causeOf(new RuntimeException(bug))).isNull();
    }

    @Test
    void aFailureSuppressingItselfEndsTheSearch() {
        RuntimeException outer = new RuntimeException("outer");
        RuntimeException inner = new RuntimeException("inner", outer);
        outer.addSuppressed(inner);

        assertThat(DatabaseUnavailable.causeOf(outer)).isNull();
    }
}
