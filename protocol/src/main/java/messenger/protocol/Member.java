package messenger.protocol;

/** One member of a conversation and their role ({@code owner}, {@code admin} or {@code member}). */
public record Member(String login, String role) {
}
