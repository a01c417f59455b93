package messenger.client.model;

import java.util.ArrayList;
import java.util.List;
import messenger.protocol.Message.Reaction;
import messenger.protocol.ProtocolRules;

/**
 * A message's reactions after one more or one fewer: in the order each emoji was first used, with the first
 * {@link ProtocolRules#REACTORS_SHOWN} reactors listed. A reaction already listed is not counted twice, so an
 * event that the loaded state already shows changes nothing. The reader ({@code me}) is known to have reacted
 * by {@link Reaction#mine()} as well, for when the list is full without them.
 */
public final class Reactions {

    private Reactions() {
    }

    public static List<Reaction> added(List<Reaction> reactions, String emoji, String login, String me) {
        boolean byMe = login.equalsIgnoreCase(me);
        List<Reaction> result = new ArrayList<>();
        boolean found = false;
        for (Reaction reaction : reactions) {
            if (reaction.emoji().equals(emoji)) {
                found = true;
                if (counted(reaction, login, byMe)) {
                    return reactions;
                }
                List<String> logins = new ArrayList<>(reaction.logins());
                if (logins.size() < ProtocolRules.REACTORS_SHOWN) {
                    logins.add(login);
                }
                result.add(new Reaction(emoji, reaction.count() + 1, List.copyOf(logins),
                        byMe ? Boolean.TRUE : reaction.mine()));
            } else {
                result.add(reaction);
            }
        }
        if (!found) {
            result.add(new Reaction(emoji, 1, List.of(login), byMe ? Boolean.TRUE : null));
        }
        return List.copyOf(result);
    }

    /** One fewer; a reactor not listed is counted off only when the list is full (they may be beyond it). */
    public static List<Reaction> removed(List<Reaction> reactions, String emoji, String login, String me) {
        boolean byMe = login.equalsIgnoreCase(me);
        List<Reaction> result = new ArrayList<>();
        for (Reaction reaction : reactions) {
            if (!reaction.emoji().equals(emoji)) {
                result.add(reaction);
                continue;
            }
            if (!counted(reaction, login, byMe) && reaction.logins().size() >= reaction.count()) {
                return reactions;
            }
            if (reaction.count() > 1) {
                result.add(new Reaction(emoji, reaction.count() - 1, reaction.logins().stream()
                        .filter(reactor -> !reactor.equalsIgnoreCase(login)).toList(),
                        byMe ? null : reaction.mine()));
            }
        }
        return List.copyOf(result);
    }

    /** Whether {@code login} has reacted with it, as far as the listed reactors and the reader's mark tell. */
    public static boolean made(Reaction reaction, String login, String me) {
        return counted(reaction, login, login.equalsIgnoreCase(me));
    }

    private static boolean counted(Reaction reaction, String login, boolean byMe) {
        return byMe && reaction.isMine() || reaction.logins().stream().anyMatch(login::equalsIgnoreCase);
    }
}
