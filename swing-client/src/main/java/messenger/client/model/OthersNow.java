package messenger.client.model;

/** What the other people are doing right now: whether they are here, and who types where. Never stored. */
public record OthersNow(PresenceBook presence, Typists typists) {

    public OthersNow() {
        this(new PresenceBook(), new Typists());
    }
}
