package messenger.client.net;

import messenger.protocol.client.ServerAddress;
import messenger.protocol.client.Tls;

/**
 * A signed-in device: the server and how to reach it (with TLS or not), whose device it is, and the token
 * every further connection, for chat and for files, resumes with.
 */
public record Device(ServerAddress server, Tls tls, String login, String token) {

    @Override
    public String toString() {
        return login + "@" + server;
    }
}
