package messenger.protocol;

/** A stored, complete file. {@code sha256} is lower-case hex. */
public record FileInfo(long id, String name, long size, String sha256) {
}
