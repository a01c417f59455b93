package messenger.client.controller;

/** How opening a file or a link with the desktop's own application can fail or be risky; the view says so. */
public interface OpenProblems {

    /** The file would run as a program: the user chooses to run it anyway, to see it in its folder, or neither. */
    void program(Runnable openAnyway, Runnable showInFolder);

    /** This desktop cannot open it at all (nor, for a file, show its folder). */
    void unsupported();

    /** Nothing on this computer opens files of this kind: an expected case, not a failure. */
    void noApplication(Runnable showInFolder);

    void failed(Throwable cause);
}
