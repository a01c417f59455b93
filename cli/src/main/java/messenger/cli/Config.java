package messenger.cli;

/**
 * What {@code login} remembers: the server and its TLS setting, the login and this device's token (null when
 * signed out).
 */
record Config(String server, String login, String token, TlsSetting tls) {

    static final Config EMPTY = new Config(null, null, null);

    Config(String server, String login, String token) {
        this(server, login, token, TlsSetting.OFF);
    }

    Config signedOut() {
        return new Config(server, login, null, tls);
    }
}
