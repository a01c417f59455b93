package messenger.handlers;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
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
    void aDatabaseOutOfDiskIsUnavailabilityOfItsOwnKind() {
        SQLException full = new SQLException("The table 'file_chunks' is full", "HY000", 1114);
        SQLException otherError = new SQLException("Unknown column 'x' in 'field list'", "42S22", 1054);

        Throwable found = DatabaseUnavailable.causeOf(new RuntimeException(new RuntimeException(full)));
        assertThat(found).isSameAs(full);
        assertThat(DatabaseUnavailable.isDiskFull(found)).isTrue();
        assertThat(DatabaseUnavailable.isDiskFull(new SQLException("Disk full (./ib_logfile0)", "HY000", 1021)))
                .isTrue();
        assertThat(DatabaseUnavailable.causeOf(new RuntimeException(otherError))).isNull();
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
