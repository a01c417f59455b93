package messenger.client.view;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How times read on screen (sizes and speeds: {@link messenger.protocol.ByteSizes}). */
final class Formats {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);
    private static final DateTimeFormatter DAY_AND_TIME = DateTimeFormatter.ofPattern("d MMM HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter DATE_AND_TIME = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.ENGLISH);

    private Formats() {
    }

    /** Local time; the day too when it is not today, and the year when it is not this year. */
    static String time(Instant at, ZoneId zone, LocalDate today) {
        ZonedDateTime local = at.atZone(zone);
        if (local.toLocalDate().equals(today)) {
            return TIME.format(local);
        }
        return (local.getYear() == today.getYear() ? DAY_AND_TIME : DATE_AND_TIME).format(local);
    }

    /** "Today", "Yesterday" or "Tuesday 1 December 2026": the local day of {@code at}. */
    static String day(Instant at, ZoneId zone, LocalDate today) {
        LocalDate day = at.atZone(zone).toLocalDate();
        if (day.equals(today)) {
            return "Today";
        }
        return day.equals(today.minusDays(1)) ? "Yesterday" : DAY.format(day);
    }
}
