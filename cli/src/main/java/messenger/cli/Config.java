package messenger.cli;

/** What {@code login} remembers: the server, the login and this device's token (null when signed out). */
record Config(String server, String login, String token) {

    static final Config EMPTY = new Config(null, null, null);

    Config signedOut() {
        return new Config(server, login, null);
    }
}
