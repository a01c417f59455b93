package messenger.client.controller;

/** How opening a file or a link with the desktop's own application can fail; the view says so. */
public interface OpenProblems {

    /** This desktop cannot open it at all (nor, for a file, show its folder). */
    void unsupported();

    /** Nothing on this computer opens files of this kind: an expected case, not a failure. */
    void noApplication(Runnable showInFolder);

    void failed(Throwable cause);
}
