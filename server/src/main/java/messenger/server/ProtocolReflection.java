package messenger.server;

import io.quarkus.runtime.annotations.RegisterForReflection;
import messenger.protocol.FileInfo;
import messenger.protocol.Message;
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
    FileInfo.class,
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
    Requests.FileInfoRequest.class,
    Requests.FileRead.class,
    Results.Hello.class,
    Results.Login.class,
    Results.Resumed.class,
    Results.Pong.class,
    Results.Sent.class,
    Results.MessagePage.class,
    Results.UploadOffset.class,
    Results.ChunkAccepted.class,
    Results.File.class,
    Results.FileBytes.class,
    Pushes.MessagePush.class,
    Pushes.Shutdown.class
})
final class ProtocolReflection {

    private ProtocolReflection() {
    }
}
