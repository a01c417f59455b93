package messenger.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import messenger.protocol.Frame;
import messenger.testkit.ServerProcess;
import org.junit.jupiter.api.Test;

/**
 * A client written from protocol-v1.md alone: literal JSON headers over a bare socket, no client library,
 * against the packaged server with its embedded database.
 */
class ContractClientIT {

    @Test
    void aClientWrittenFromTheContractCanDoEverything() throws Exception {
        try (ServerProcess server = ServerProcess.start(Path.of("target", "it-contract-" + System.nanoTime()));
                RawConnection chat = new RawConnection(server.port());
                RawConnection files = new RawConnection(server.port())) {
            JsonObject hello = ok(chat, "{\"type\":\"hello\",\"id\":1,\"protocol\":1,\"client\":\"raw\"}", 1);
            assertThat(hello.get("maxPayload").getAsInt()).isEqualTo(1_048_576);

            ok(chat, "{\"type\":\"register\",\"id\":2,\"login\":\"raw.user\",\"password\":\"a good password\"}", 2);
            String token = ok(chat, "{\"type\":\"login\",\"id\":3,\"login\":\"RAW.user\","
                    + "\"password\":\"a good password\",\"device\":\"raw\"}", 3).get("token").getAsString();
            ok(chat, "{\"type\":\"subscribe\",\"id\":4}", 4);

            ok(files, "{\"type\":\"resume\",\"id\":1,\"token\":\"" + token + "\"}", 1);
            byte[] content = "file content from a raw client".getBytes(StandardCharsets.UTF_8);
            String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
            long uploadId = ok(files, "{\"type\":\"upload.start\",\"id\":2,\"name\":\"notes.txt\",\"size\":"
                    + content.length + ",\"sha256\":\"" + sha + "\"}", 2).get("uploadId").getAsLong();
            files.send(RawConnection.frame("{\"type\":\"upload.chunk\",\"id\":3,\"uploadId\":" + uploadId
                    + ",\"offset\":0}", content));
            assertThat(files.read().header().get("offset").getAsLong()).isEqualTo(content.length);
            long fileId = ok(files, "{\"type\":\"upload.finish\",\"id\":4,\"uploadId\":" + uploadId + "}", 4)
                    .getAsJsonObject("file").get("id").getAsLong();

            chat.send(RawConnection.frame("{\"type\":\"send\",\"id\":5,\"clientMsgId\":\"raw-1\",\"text\":\"hi\","
                    + "\"fileId\":" + fileId + "}", new byte[0]));
            JsonObject stored = null;
            JsonObject pushed = null;
            for (int i = 0; i < 2; i++) {
                Frame frame = chat.read();
                if (frame.type().equals("message")) {
                    pushed = frame.header().getAsJsonObject("message");
                } else {
                    assertThat(frame.re()).isEqualTo(5);
                    stored = frame.header().getAsJsonObject("message");
                }
            }
            assertThat(pushed).isEqualTo(stored);
            assertThat(stored.get("from").getAsString()).isEqualTo("raw.user");
            assertThat(stored.getAsJsonObject("file").get("name").getAsString()).isEqualTo("notes.txt");

            JsonObject history = ok(chat, "{\"type\":\"history\",\"id\":6}", 6);
            assertThat(history.getAsJsonArray("messages").get(0)).isEqualTo(stored);
            assertThat(history.get("hasMore").getAsBoolean()).isFalse();
            JsonObject sync = ok(chat, "{\"type\":\"sync\",\"id\":7,\"after\":0}", 7);
            assertThat(sync.getAsJsonArray("messages")).hasSize(1);

            files.send(RawConnection.frame("{\"type\":\"file.read\",\"id\":5,\"fileId\":" + fileId
                    + ",\"offset\":0,\"length\":1048576}", new byte[0]));
            Frame read = files.read();
            assertThat(read.header().get("eof").getAsBoolean()).isTrue();
            assertThat(read.payload()).isEqualTo(content);

            ok(chat, "{\"type\":\"logout\",\"id\":8}", 8);
            chat.send(RawConnection.frame("{\"type\":\"history\",\"id\":9}", new byte[0]));
            assertThat(chat.read().header().get("code").getAsString()).isEqualTo("UNAUTHENTICATED");

            String log = Files.readString(server.log());
            assertThat(log).as("the server log").contains("listening").doesNotContain("a good password", token);
        }
    }

    private static JsonObject ok(RawConnection connection, String header, long id) throws Exception {
        connection.send(RawConnection.frame(header, new byte[0]));
        Frame reply = connection.read();
        assertThat(reply.type()).as(reply.header().toString()).isEqualTo("ok");
        assertThat(reply.re()).isEqualTo(id);
        return reply.header();
    }
}
