package messenger.client.view;

import java.awt.Color;
import java.awt.Component;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import javax.swing.Icon;
import messenger.protocol.Presence;

/** A small dot in the colour of someone's presence: green online, amber away, grey offline or not known. */
final class PresenceDot implements Icon {

    private static final int SIZE = 8;
    /**
     * One dot per colour: a cell renderer sets its icon at every paint, and a new icon each time would make the
     * label ask for another paint, without end.
     */
    private static final PresenceDot ONLINE = new PresenceDot(Palette.ONLINE);
    private static final PresenceDot AWAY = new PresenceDot(Palette.AWAY);
    private static final PresenceDot OFFLINE = new PresenceDot(Palette.OFFLINE_PRESENCE);

    private final Color color;

    private PresenceDot(Color color) {
        this.color = color;
    }

    static PresenceDot of(Optional<Presence> presence) {
        return switch (presence.map(Presence::status).orElse("")) {
            case Presence.ONLINE -> ONLINE;
            case Presence.AWAY -> AWAY;
            default -> OFFLINE;
        };
    }

    /** "online", "away", "offline, last seen 14:05" (or a day), "offline"; empty while not known. */
    static String describe(Optional<Presence> presence, Clock clock) {
        if (presence.isEmpty()) {
            return "";
        }
        Presence known = presence.get();
        if (Presence.OFFLINE.equals(known.status()) && known.lastSeen() != null) {
            return "offline, last seen " + Formats.time(Instant.parse(known.lastSeen()), clock.getZone(),
                    LocalDate.now(clock));
        }
        return known.status();
    }

    @Override
    public void paintIcon(Component c, Graphics g, int x, int y) {
        Graphics2D g2 = (Graphics2D) g.create();
        g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g2.setColor(color);
        g2.fillOval(x, y, SIZE, SIZE);
        g2.dispose();
    }

    @Override
    public int getIconWidth() {
        return SIZE;
    }

    @Override
    public int getIconHeight() {
        return SIZE;
    }

    Color color() {
        return color;
    }
}
