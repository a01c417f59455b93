package messenger.handlers.conversation;

import java.util.Objects;
import java.util.Set;
import messenger.handlers.spi.Fields;
import messenger.handlers.spi.Reply;
import messenger.handlers.spi.RequestException;
import messenger.protocol.Conversation;
import messenger.protocol.ConversationEvent;
import messenger.protocol.ErrorCode;
import messenger.protocol.Results;

/** Creating a room and changing its name, topic and roles; each runs as a log change (see {@code LogChange}). */
public final class RoomChanges {

    private RoomChanges() {
    }

    public static Reply create(ConversationLog log, Person me, String name, String topic, String visibility) {
        Memberships.requireRoomFor(me.id(), "you are");
        ConversationEntity room = new ConversationEntity();
        room.kind = Conversation.ROOM;
        room.rename(name);
        room.topic = topic == null || topic.isEmpty() ? null : topic;
        room.visibility = visibility;
        room.createdAt = log.now();
        room.persistAndFlush();
        MemberEntity owner = MemberEntity.of(room.id, me.id(), Conversation.OWNER, log.now());
        owner.persist();
        EventEntity created = log.draft(room.id, ConversationEvent.CREATED, me);
        created.name = room.name;
        created.topic = room.topic;
        log.record(created, me, null, Set.of(me.id()));
        return Reply.of(new Results.ConversationResult(ConversationViews.of(me.id(), owner)));
    }

    public static Reply update(ConversationLog log, Person me, long id, String name, String topic) {
        MemberEntity mine = Memberships.requireMember(id, me.id());
        ConversationEntity room = requireRoom(id);
        requireModerator(mine);
        if (name != null && !name.equals(room.name)) {
            room.rename(name);
            EventEntity renamed = log.draft(id, ConversationEvent.RENAMED, me);
            renamed.name = name;
            log.record(renamed, me, null, Memberships.memberIds(id));
        }
        String newTopic = topic == null || topic.isEmpty() ? null : topic;
        if (topic != null && !Objects.equals(newTopic, room.topic)) {
            room.topic = newTopic;
            EventEntity changed = log.draft(id, ConversationEvent.TOPIC, me);
            changed.topic = topic;
            log.record(changed, me, null, Memberships.memberIds(id));
        }
        return Reply.of(new Results.ConversationResult(ConversationViews.of(me.id(), mine)));
    }

    public static Reply setRole(ConversationLog log, Person me, long id, String login, String role) {
        MemberEntity mine = Memberships.requireMember(id, me.id());
        requireRoom(id);
        if (!Conversation.OWNER.equals(mine.role)) {
            throw new RequestException(ErrorCode.FORBIDDEN, "only the room's owner gives or takes the admin role");
        }
        Person target = Users.require(login);
        if (target.id() == me.id()) {
            throw Fields.badRequest("the owner's own role cannot change; leave the room to hand it over");
        }
        MemberEntity theirs = RoomMembership.requireMemberOf(id, target);
        if (!role.equals(theirs.role)) {
            theirs.role = role;
            recordRole(log, me, target, id, role);
        }
        return Reply.ok();
    }

    static void recordRole(ConversationLog log, Person by, Person target, long id, String role) {
        EventEntity event = log.draft(id, ConversationEvent.ROLE, by);
        event.role = role;
        log.record(event, by, target, Memberships.memberIds(id));
    }

    /** A room other than <i>general</i>, which nobody renames, leaves or is removed from. */
    static ConversationEntity requireRoom(long id) {
        ConversationEntity conversation = Memberships.requireConversation(id);
        if (!conversation.isRoom()) {
            throw Fields.badRequest("a direct conversation has no name, topic, roles or invitations");
        }
        if (conversation.isGeneral()) {
            throw Fields.badRequest("general belongs to everyone: nobody renames it, leaves it or is removed");
        }
        return conversation;
    }

    static void requireModerator(MemberEntity member) {
        if (!Conversation.OWNER.equals(member.role) && !Conversation.ADMIN.equals(member.role)) {
            throw new RequestException(ErrorCode.FORBIDDEN, "only the room's owner and admins may do this");
        }
    }
}
