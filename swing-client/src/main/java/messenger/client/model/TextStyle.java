package messenger.client.model;

/** How a stretch of a message is shown; a stretch may have several (bold and italic, a bold word in a quote). */
public enum TextStyle {
    BOLD,
    ITALIC,
    /** A code span within a line. */
    CODE,
    /** The lines of a fenced code block. */
    CODE_BLOCK,
    /** A line that began with "> ". */
    QUOTE
}
