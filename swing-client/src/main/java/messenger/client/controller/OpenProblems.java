package messenger.client.controller;

/** How opening a file or a link with the desktop's own application can fail; the view says so. */
public interface OpenProblems {

    /** This desktop has no application to open it with. */
    void unsupported();

    void failed(Throwable cause);
}
