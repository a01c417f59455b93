package messenger.client.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class FormatsTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @Test
    void timeIsLocalWithTheDayOnlyWhenItIsNotToday() {
        Instant at = Instant.parse("2026-11-25T10:15:30Z");
        assertThat(Formats.time(at, BERLIN, LocalDate.of(2026, 11, 25))).isEqualTo("11:15");
        assertThat(Formats.time(at, BERLIN, LocalDate.of(2026, 11, 26))).isEqualTo("25 Nov 11:15");
        assertThat(Formats.time(at, BERLIN, LocalDate.of(2027, 1, 2))).isEqualTo("25 Nov 2026 11:15");
    }
}
