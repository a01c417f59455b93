package messenger.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import messenger.protocol.Conversation;
import messenger.protocol.ErrorCode;
import messenger.protocol.ProtocolRules;
import messenger.protocol.PublicRoom;
import messenger.protocol.Results;
import messenger.protocol.client.MessengerClient;
import messenger.protocol.client.MessengerException;

/**
 * Finds the conversation a {@link Target} means, on a signed-in connection. A room name is looked up among the
 * user's own conversations, ignoring case (an exact-case match wins over others that differ in case only); the
 * errors say what exists instead: the user's room names (exit 4), the ids of rooms of the same name (exit 2), or
 * that a public room of that name exists which the user is not in (exit 8).
 */
final class Resolver {

    /** How many names an error lists before "and N more". */
    static final int NAMES_SHOWN = 20;

    private final MessengerClient client;
    private final String me;

    Resolver(MessengerClient client, String me) {
        this.client = client;
        this.me = me;
    }

    /** The user's conversations, every page, and the cursor of the first page (see {@code conversations}). */
    record Listing(List<Conversation> conversations, long cursor) {
    }

    static Listing list(MessengerClient client) {
        Results.ConversationList page = client.conversations(null, ProtocolRules.CONVERSATIONS_MAX_LIMIT);
        long cursor = page.cursor();
        List<Conversation> all = new ArrayList<>(page.conversations());
        while (page.hasMore() && !page.conversations().isEmpty()) {
            page = client.conversations(all.get(all.size() - 1).id(), ProtocolRules.CONVERSATIONS_MAX_LIMIT);
            all.addAll(page.conversations());
        }
        return new Listing(all, cursor);
    }

    /** Any conversation: {@code #ID} as the server has it, {@code @LOGIN} opened, a name among the user's rooms. */
    Conversation conversation(Target target) {
        return target instanceof Target.Named named ? ownRoom(named.name(), list(client).conversations())
                : conversation(target, List.of());
    }

    /** As {@link #conversation(Target)}, with the user's conversations already listed as {@code mine}. */
    Conversation conversation(Target target, List<Conversation> mine) {
        if (target instanceof Target.ById byId) {
            return client.conversation(byId.id());
        }
        if (target instanceof Target.Direct direct) {
            return direct(direct.login());
        }
        return ownRoom(((Target.Named) target).name(), mine);
    }

    /** A room the user is in (for invite and leave): a direct conversation is a usage error. */
    Conversation room(Target target, String action) {
        if (target instanceof Target.Direct direct) {
            throw new CliException(ExitCodes.USAGE, "@" + direct.login() + " is a direct conversation, which "
                    + action + " does not apply to; name a room or give its #ID");
        }
        return conversation(target);
    }

    /** The direct conversation with {@code login}, created on first use. */
    Conversation direct(String login) {
        if (login.equalsIgnoreCase(me)) {
            throw new CliException(ExitCodes.USAGE, "@" + login + " is you; a direct conversation needs another user");
        }
        try {
            return client.openDirect(login);
        } catch (MessengerException e) {
            if (e.code() == ErrorCode.NOT_FOUND) {
                throw new CliException(ExitCodes.NOT_FOUND, "no user named " + login, e);
            }
            throw e;
        }
    }

    /** A public room to join, by name ({@code rooms.browse}) or {@code #ID}. */
    long publicRoom(Target target) {
        if (target instanceof Target.ById byId) {
            return byId.id();
        }
        if (target instanceof Target.Direct direct) {
            throw new CliException(ExitCodes.USAGE, "@" + direct.login() + " is a user, not a room; 'messenger-cli dm "
                    + direct.login() + "' opens your conversation");
        }
        String name = ((Target.Named) target).name();
        PublicRoom room = match(publicRooms(name), PublicRoom::name, name, Resolver::describe);
        if (room == null) {
            throw new CliException(ExitCodes.NOT_FOUND, "no public room named '" + MessagePrinter.printable(name)
                    + "' (a private room needs an invitation; 'messenger-cli rooms' lists the public ones)");
        }
        return room.id();
    }

    private Conversation ownRoom(String name, List<Conversation> mine) {
        List<Conversation> rooms = mine.stream().filter(Conversation::isRoom).toList();
        Conversation found = match(rooms, Conversation::name, name, Resolver::describe);
        if (found != null) {
            return found;
        }
        PublicRoom elsewhere = match(publicRooms(name), PublicRoom::name, name, Resolver::describe);
        if (elsewhere != null) {
            throw new CliException(ExitCodes.FORBIDDEN, "you are not a member of the room '"
                    + MessagePrinter.printable(elsewhere.name()) + "' (#" + elsewhere.id()
                    + "); 'messenger-cli room join "
                    + quoteIfNeeded(elsewhere.name()) + "' joins it");
        }
        throw new CliException(ExitCodes.NOT_FOUND, unknownRoom(name, mine));
    }

    private List<PublicRoom> publicRooms(String prefix) {
        return browse(client, prefix, Integer.MAX_VALUE);
    }

    /** Up to {@code limit} public rooms whose names start with {@code prefix} (null: all), oldest first. */
    static List<PublicRoom> browse(MessengerClient client, String prefix, int limit) {
        List<PublicRoom> found = new ArrayList<>();
        Results.RoomPage page;
        do {
            Long after = found.isEmpty() ? null : found.get(found.size() - 1).id();
            page = client.browseRooms(prefix, after, Math.min(ProtocolRules.BROWSE_MAX_LIMIT, limit - found.size()));
            found.addAll(page.rooms());
        } while (page.hasMore() && !page.rooms().isEmpty() && found.size() < limit);
        return found;
    }

    /**
     * The one candidate named {@code wanted} ignoring case, or the one with exactly that case when several differ
     * in case only; null when none is. More than one is a usage error listing them, to pick by {@code #ID}.
     */
    static <T> T match(List<T> candidates, Function<T, String> name, String wanted, Function<T, String> describe) {
        List<T> matches = candidates.stream().filter(c -> wanted.equalsIgnoreCase(name.apply(c))).toList();
        if (matches.size() > 1) {
            List<T> exact = matches.stream().filter(c -> wanted.equals(name.apply(c))).toList();
            if (exact.size() == 1) {
                return exact.get(0);
            }
            throw new CliException(ExitCodes.USAGE, matches.size() + " rooms are named '"
                    + MessagePrinter.printable(wanted) + "': "
                    + String.join(", ", matches.stream().map(describe).toList())
                    + "; give the one you mean as #ID");
        }
        return matches.isEmpty() ? null : matches.get(0);
    }

    /** The error for a name that is none of the user's rooms: their room names, and a hint for a login. */
    static String unknownRoom(String name, List<Conversation> mine) {
        List<String> rooms = mine.stream().filter(Conversation::isRoom).map(c -> MessagePrinter.printable(c.name()))
                .sorted(String.CASE_INSENSITIVE_ORDER).toList();
        StringBuilder message = new StringBuilder("no room named '").append(MessagePrinter.printable(name))
                .append("' among yours: ");
        message.append(String.join(", ", rooms.subList(0, Math.min(NAMES_SHOWN, rooms.size()))));
        if (rooms.size() > NAMES_SHOWN) {
            message.append(" and ").append(rooms.size() - NAMES_SHOWN).append(" more");
        }
        mine.stream().filter(c -> !c.isRoom() && name.equalsIgnoreCase(c.name())).findFirst()
                .ifPresent(direct -> message.append("; for your direct conversation with ")
                        .append(direct.name()).append(" write @").append(direct.name()));
        return message.toString();
    }

    static String describe(Conversation conversation) {
        return "#" + conversation.id() + " (" + (Conversation.PRIVATE.equals(conversation.visibility())
                ? "private" : "public") + ", " + ConversationPrinter.members(conversation.members()) + ")";
    }

    private static String describe(PublicRoom room) {
        return "#" + room.id() + " (" + ConversationPrinter.members(room.members()) + (room.joined() ? ", joined" : "")
                + ")";
    }

    private static String quoteIfNeeded(String name) {
        String shown = MessagePrinter.printable(name);
        return shown.chars().allMatch(c -> Character.isLetterOrDigit(c) || "_.-".indexOf(c) >= 0)
                ? shown : "'" + shown.replace("'", "'\\''") + "'";
    }
}
