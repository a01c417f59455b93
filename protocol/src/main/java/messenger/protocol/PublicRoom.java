package messenger.protocol;

/** A public room as {@code rooms.browse} lists it; {@code joined} tells whether the asking user is a member. */
public record PublicRoom(long id, String name, String topic, int members, boolean joined) {
}
