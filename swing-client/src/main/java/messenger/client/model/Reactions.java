package messenger.client.model;

import java.util.ArrayList;
import java.util.List;
import messenger.protocol.Message.Reaction;
import messenger.protocol.ProtocolRules;

/**
 * A message's reactions after one more or one fewer: in the order each emoji was first used, with the first
 * {@link ProtocolRules#REACTORS_SHOWN} reactors listed. A reaction already listed is not counted twice, so an
 * event that the loaded state already shows changes nothing.
 */
public final class Reactions {

    private Reactions() {
    }

    public static List<Reaction> added(List<Reaction> reactions, String emoji, String login) {
        List<Reaction> result = new ArrayList<>();
        boolean found = false;
        for (Reaction reaction : reactions) {
            if (reaction.emoji().equals(emoji)) {
                found = true;
                if (listed(reaction, login)) {
                    return reactions;
                }
                List<String> logins = new ArrayList<>(reaction.logins());
                if (logins.size() < ProtocolRules.REACTORS_SHOWN) {
                    logins.add(login);
                }
                result.add(new Reaction(emoji, reaction.count() + 1, List.copyOf(logins)));
            } else {
                result.add(reaction);
            }
        }
        if (!found) {
            result.add(new Reaction(emoji, 1, List.of(login)));
        }
        return List.copyOf(result);
    }

    /** One fewer; a reactor not listed is counted off only when the list is full (they may be beyond it). */
    public static List<Reaction> removed(List<Reaction> reactions, String emoji, String login) {
        List<Reaction> result = new ArrayList<>();
        for (Reaction reaction : reactions) {
            if (!reaction.emoji().equals(emoji)) {
                result.add(reaction);
                continue;
            }
            boolean listed = listed(reaction, login);
            if (!listed && reaction.logins().size() >= reaction.count()) {
                return reactions;
            }
            if (reaction.count() > 1) {
                result.add(new Reaction(emoji, reaction.count() - 1, reaction.logins().stream()
                        .filter(reactor -> !reactor.equalsIgnoreCase(login)).toList()));
            }
        }
        return List.copyOf(result);
    }

    private static boolean listed(Reaction reaction, String login) {
        return reaction.logins().stream().anyMatch(login::equalsIgnoreCase);
    }
}
