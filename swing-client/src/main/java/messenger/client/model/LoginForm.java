package messenger.client.model;

import java.util.EnumMap;
import java.util.Map;
import messenger.protocol.ProtocolRules;

/**
 * What the login screen holds, checked against the contract's rules before anything is sent.
 * {@code confirmation} is null when signing in and the repeated password when creating an account.
 */
public record LoginForm(String server, String login, String password, String confirmation) {

    public enum Field { SERVER, LOGIN, PASSWORD, CONFIRMATION }

    /** Plain-words problems by field; empty when the form can be sent. */
    public Map<Field, String> problems() {
        Map<Field, String> problems = new EnumMap<>(Field.class);
        if (server.isBlank()) {
            problems.put(Field.SERVER, "Enter the server address, for example localhost:7777.");
        } else if (ServerAddress.parse(server).isEmpty()) {
            problems.put(Field.SERVER, "Write the address as host:port, with a port from 1 to 65535.");
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
        return ServerAddress.parse(server).orElseThrow();
    }
}
