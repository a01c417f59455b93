package messenger.client.model;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import messenger.protocol.ProtocolRules;
import messenger.protocol.client.ServerAddress;

/**
 * What the login screen holds, checked against the contract's rules before anything is sent.
 * {@code confirmation} is null when signing in and the repeated password when creating an account;
 * {@code certificate} is the file of the certificate to trust over TLS, or empty for the system's authorities.
 */
public record LoginForm(String server, String login, String password, String confirmation, boolean tls,
        String certificate) {

    public enum Field { SERVER, CERTIFICATE, LOGIN, PASSWORD, CONFIRMATION }

    /** A form without TLS. */
    public LoginForm(String server, String login, String password, String confirmation) {
        this(server, login, password, confirmation, false, "");
    }

    /** Plain-words problems by field; empty when the form can be sent. */
    public Map<Field, String> problems() {
        Map<Field, String> problems = new EnumMap<>(Field.class);
        if (server.isBlank()) {
            problems.put(Field.SERVER, "Enter the server address, for example localhost:7777.");
        } else if (!addressIsValid()) {
            problems.put(Field.SERVER, "Write the address as host:port, with a port from 1 to 65535.");
        }
        if (tls && !certificate.isBlank() && !certificateExists()) {
            problems.put(Field.CERTIFICATE, "There is no file at this path. Choose the server's certificate"
                    + " (a .crt or .pem file), or leave it empty to trust the system's authorities.");
        }
        if (login.isBlank()) {
            problems.put(Field.LOGIN, "Enter your login.");
        } else if (!ProtocolRules.isValidLogin(login)) {
            problems.put(Field.LOGIN, "A login has " + ProtocolRules.LOGIN_MIN + " to " + ProtocolRules.LOGIN_MAX
                    + " characters: letters, digits, '_', '.' or '-'.");
        }
        if (password.isEmpty()) {
            problems.put(Field.PASSWORD, "Enter your password.");
        } else if (!ProtocolRules.isValidPassword(password)) {
            problems.put(Field.PASSWORD, "A password has " + ProtocolRules.PASSWORD_MIN + " to "
                    + ProtocolRules.PASSWORD_MAX + " characters.");
        }
        if (confirmation != null && !confirmation.equals(password)) {
            problems.put(Field.CONFIRMATION, "The two passwords differ.");
        }
        return problems;
    }

    public ServerAddress address() {
        return ServerAddress.parse(server);
    }

    private boolean addressIsValid() {
        try {
            address();
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** The certificate to trust, when TLS is on and a file is named. */
    public Optional<Path> certificateFile() {
        return tls && !certificate.isBlank() ? Optional.of(Path.of(certificate.strip())) : Optional.empty();
    }

    private boolean certificateExists() {
        try {
            return Files.isRegularFile(Path.of(certificate.strip()));
        } catch (InvalidPathException e) {
            return false;
        }
    }

    /** What is remembered for the next sign-in: everything but the passwords. */
    public LoginChoices choices() {
        return new LoginChoices(server.strip(), login, tls, certificate.strip());
    }
}
