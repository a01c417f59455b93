package messenger.cli;

import static org.assertj.core.api.Assertions.assertThat;

import messenger.protocol.client.ServerAddress;
import org.junit.jupiter.api.Test;

class ConfigTest {

    private final Config remembered = new Config("chat.example.com:7777,backup.example.com:7777", "ann", "token");

    @Test
    void aServerOfTheRememberedClusterIsRecognisedInAnyCaseAndOrder() {
        assertThat(remembered.remembers(ServerAddress.parse("Chat.Example.COM"))).isTrue();
        assertThat(remembered.remembers(ServerAddress.parse("BACKUP.example.com:7777,chat.example.com"))).isTrue();
    }

    @Test
    void anotherServerOrPortIsNot() {
        assertThat(remembered.remembers(ServerAddress.parse("chat.example.org"))).isFalse();
        assertThat(remembered.remembers(ServerAddress.parse("chat.example.com:7778"))).isFalse();
        assertThat(remembered.remembers(ServerAddress.parse("chat.example.com,elsewhere.example.com"))).isFalse();
        assertThat(Config.EMPTY.remembers(ServerAddress.parse("chat.example.com"))).isFalse();
    }
}
