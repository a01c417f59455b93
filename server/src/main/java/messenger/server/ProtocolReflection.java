package messenger.server;

import io.quarkus.runtime.annotations.RegisterForReflection;
import messenger.protocol.Conversation;
import messenger.protocol.ConversationEvent;
import messenger.protocol.FileInfo;
import messenger.protocol.Member;
import messenger.protocol.Message;
import messenger.protocol.Presence;
import messenger.protocol.PublicRoom;
import messenger.protocol.Pushes;
import messenger.protocol.Requests;
import messenger.protocol.Results;

/**
 * Gson reads and writes the protocol records reflectively (canonical constructor, fields, accessors), which a
 * native image only allows for classes registered at build time. The protocol module stays free of Quarkus, so
 * they are registered here; {@code ProtocolReflectionTest} fails when a new record is missing.
 */
@RegisterForReflection(targets = {
    Message.class,
    Message.Quote.class,
    Message.Reaction.class,
    Presence.class,
    FileInfo.class,
    Conversation.class,
    ConversationEvent.class,
    Member.class,
    PublicRoom.class,
    Requests.Hello.class,
    Requests.Register.class,
    Requests.Login.class,
    Requests.Resume.class,
    Requests.Logout.class,
    Requests.Ping.class,
    Requests.Send.class,
    Requests.History.class,
    Requests.Sync.class,
    Requests.Subscribe.class,
    Requests.UploadStart.class,
    Requests.UploadChunk.class,
    Requests.UploadFinish.class,
    Requests.UploadProve.class,
    Requests.FileInfoRequest.class,
    Requests.FileRead.class,
    Requests.Conversations.class,
    Requests.ConversationInfo.class,
    Requests.RoomCreate.class,
    Requests.RoomJoin.class,
    Requests.RoomInvite.class,
    Requests.RoomRemove.class,
    Requests.RoomLeave.class,
    Requests.RoomUpdate.class,
    Requests.RoomRole.class,
    Requests.RoomsBrowse.class,
    Requests.UsersFind.class,
    Requests.DirectOpen.class,
    Requests.Members.class,
    Requests.Read.class,
    Requests.MessageEdit.class,
    Requests.MessageDelete.class,
    Requests.MessageVersions.class,
    Requests.ReactionAdd.class,
    Requests.ReactionRemove.class,
    Requests.Typing.class,
    Requests.Activity.class,
    Requests.PresenceQuery.class,
    Requests.Settings.class,
    Requests.ConversationNotifications.class,
    Requests.Receipts.class,
    Results.Hello.class,
    Results.Login.class,
    Results.Resumed.class,
    Results.Pong.class,
    Results.Sent.class,
    Results.MessagePage.class,
    Results.UploadOffset.class,
    Results.Challenge.class,
    Results.ChunkAccepted.class,
    Results.File.class,
    Results.FileBytes.class,
    Results.ConversationList.class,
    Results.ConversationResult.class,
    Results.RoomPage.class,
    Results.Logins.class,
    Results.MemberPage.class,
    Results.ReadMarker.class,
    Results.Versions.class,
    Results.Version.class,
    Results.Presences.class,
    Results.Settings.class,
    Results.Receipts.class,
    Results.Receipt.class,
    Requests.Search.class,
    Results.SearchPage.class,
    Results.SearchHit.class,
    Results.Range.class,
    Pushes.MessagePush.class,
    Pushes.EventPush.class,
    Pushes.TypingPush.class,
    Pushes.PresencePush.class,
    Pushes.Shutdown.class
})
final class ProtocolReflection {

    private ProtocolReflection() {
    }
}
