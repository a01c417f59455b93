package messenger.handlers.conversation;

import java.util.HashSet;
import java.util.Set;
import messenger.handlers.account.Logins;
import messenger.handlers.spi.Fields;
import messenger.handlers.spi.Reply;
import messenger.handlers.spi.RequestException;
import messenger.protocol.Conversation;
import messenger.protocol.ConversationEvent;
import messenger.protocol.ErrorCode;
import messenger.protocol.Results;

/** Joining, inviting, removing and leaving; each runs as a log change (see {@code LogChange}). */
public final class RoomMembership {

    private RoomMembership() {
    }

    public static Reply join(ConversationLog log, Person me, long id) {
        ConversationEntity room = Memberships.requireConversation(id);
        MemberEntity mine = Memberships.find(id, me.id());
        if (mine != null) {
            return Reply.of(new Results.ConversationResult(ConversationViews.of(me.id(), mine)));
        }
        if (!Memberships.isPublic(room)) {
            // a private room is joined by invitation only, and an outsider learns nothing of it
            throw Memberships.noSuchConversation(id);
        }
        Memberships.requireRoomFor(me.id(), "you are");
        mine = MemberEntity.of(id, me.id(), Conversation.MEMBER, log.now());
        mine.persist();
        log.record(log.draft(id, ConversationEvent.JOINED, me), me, me, Memberships.memberIds(id));
        return Reply.of(new Results.ConversationResult(ConversationViews.of(me.id(), mine)));
    }

    public static Reply invite(ConversationLog log, Person me, long id, String login) {
        Memberships.requireMember(id, me.id());
        RoomChanges.requireRoom(id);
        Person guest = Users.require(login);
        if (Memberships.find(id, guest.id()) == null) {
            Memberships.requireRoomFor(guest.id(), guest.login() + " is");
            MemberEntity.of(id, guest.id(), Conversation.MEMBER, log.now()).persist();
            log.record(log.draft(id, ConversationEvent.JOINED, me), me, guest, Memberships.memberIds(id));
        }
        return Reply.ok();
    }

    public static Reply remove(ConversationLog log, Person me, long id, String login) {
        MemberEntity mine = Memberships.requireMember(id, me.id());
        RoomChanges.requireRoom(id);
        Person target = Users.require(login);
        if (target.id() == me.id()) {
            throw Fields.badRequest("to remove yourself, leave the room");
        }
        MemberEntity theirs = requireMemberOf(id, target);
        boolean allowed = Conversation.OWNER.equals(mine.role)
                || Conversation.ADMIN.equals(mine.role) && Conversation.MEMBER.equals(theirs.role);
        if (!allowed) {
            throw new RequestException(ErrorCode.FORBIDDEN,
                    "the owner removes anyone, admins remove members; you may not remove " + target.login());
        }
        theirs.delete();
        log.record(log.draft(id, ConversationEvent.REMOVED, me), me, target, withUser(id, target));
        return Reply.ok();
    }

    public static Reply leave(ConversationLog log, Person me, long id) {
        ConversationEntity conversation = Memberships.requireConversation(id);
        MemberEntity mine = Memberships.find(id, me.id());
        if (mine == null) {
            throw Memberships.notAMember(conversation);
        }
        if (!conversation.isRoom()) {
            throw Fields.badRequest("a direct conversation cannot be left");
        }
        RoomChanges.requireRoom(id);
        boolean wasOwner = Conversation.OWNER.equals(mine.role);
        mine.delete();
        log.record(log.draft(id, ConversationEvent.LEFT, me), me, me, withUser(id, me));
        if (wasOwner) {
            handOver(log, me, id);
        }
        return Reply.ok();
    }

    static MemberEntity requireMemberOf(long id, Person user) {
        MemberEntity member = Memberships.find(id, user.id());
        if (member == null) {
            throw new RequestException(ErrorCode.NOT_FOUND, user.login() + " is not a member of this room");
        }
        return member;
    }

    /** The longest-standing admin, or member when there is no admin, becomes owner; an empty room stays so. */
    private static void handOver(ConversationLog log, Person leaving, long id) {
        MemberEntity.<MemberEntity>find("conversationId = ?1 order by case when role = ?2 then 0 else 1 end,"
                        + " joinedAt, userId", id, Conversation.ADMIN)
                .firstResultOptional()
                .ifPresent(heir -> {
                    heir.role = Conversation.OWNER;
                    Person owner = new Person(heir.userId, Logins.of(Set.of(heir.userId)).get(heir.userId));
                    RoomChanges.recordRole(log, leaving, owner, id, Conversation.OWNER);
                });
    }

    /** The members after the change, and the user it concerns, who is not one any more. */
    private static Set<Long> withUser(long id, Person user) {
        Set<Long> audience = new HashSet<>(Memberships.memberIds(id));
        audience.add(user.id());
        return audience;
    }
}
