package messenger.handlers.conversation;

import messenger.handlers.spi.Fields;
import messenger.protocol.Conversation;
import messenger.protocol.ProtocolRules;

/** The checks of room fields, each ending in {@code BAD_REQUEST} naming the field. */
final class RoomFields {

    private RoomFields() {
    }

    /** A room name without the white space around it: 1 to 64 characters. */
    static String name(String value) {
        String name = Fields.required(value, "name").strip();
        if (name.isEmpty() || ProtocolRules.characterCount(name) > ProtocolRules.ROOM_NAME_MAX) {
            throw Fields.badRequest("\"name\" must be 1 to " + ProtocolRules.ROOM_NAME_MAX
                    + " characters, not only white space");
        }
        return name;
    }

    /** A topic of up to 250 characters; empty (or only white space) means none, null means unchanged. */
    static String topic(String value) {
        if (value == null) {
            return null;
        }
        String topic = value.strip();
        if (ProtocolRules.characterCount(topic) > ProtocolRules.TOPIC_MAX) {
            throw Fields.badRequest("\"topic\" must be at most " + ProtocolRules.TOPIC_MAX + " characters");
        }
        return topic;
    }

    static String visibility(String value) {
        if (value == null || Conversation.PUBLIC.equals(value) || Conversation.PRIVATE.equals(value)) {
            return value == null ? Conversation.PUBLIC : value;
        }
        throw Fields.badRequest("\"visibility\" must be \"public\" or \"private\"");
    }

    static String grantableRole(String value) {
        String role = Fields.required(value, "role");
        if (!Conversation.ADMIN.equals(role) && !Conversation.MEMBER.equals(role)) {
            throw Fields.badRequest("\"role\" must be \"admin\" or \"member\"");
        }
        return role;
    }

    static String login(String value) {
        String login = Fields.required(value, "login");
        if (!ProtocolRules.isValidLogin(login)) {
            throw Fields.badRequest("\"login\" is not a valid login");
        }
        return login;
    }
}
