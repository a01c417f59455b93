package messenger.client.net;

import messenger.client.model.ServerAddress;

/** A signed-in device: the server, whose device it is, and the token every further connection resumes with. */
public record Device(ServerAddress server, String login, String token) {

    @Override
    public String toString() {
        return login + "@" + server;
    }
}
