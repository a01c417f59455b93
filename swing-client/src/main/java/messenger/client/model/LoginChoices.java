package messenger.client.model;

/**
 * What the login screen remembers between runs (never a password): the server as the user wrote it, the
 * login, whether to use TLS and the file of the certificate to trust (empty for the system's authorities).
 */
public record LoginChoices(String server, String login, boolean tls, String certificate) {
}
