package messenger.handlers.spi;

import java.nio.file.Path;

/**
 * A range of a file on disk to send as a reply's payload: the server hands it to the operating system
 * ({@code sendfile}), so the bytes never pass through the heap. The file must stay in place until the reply is
 * sent, some time after the handler returns.
 */
public record FilePart(Path path, long offset, int length) {
}
