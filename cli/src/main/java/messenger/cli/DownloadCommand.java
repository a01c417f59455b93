package messenger.cli;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.Callable;
import messenger.protocol.FileInfo;
import messenger.protocol.SafeFileName;
import messenger.protocol.client.RetryingConnection;
import messenger.protocol.client.TransferListener;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code download FILE_ID [--output PATH] [--force]}: saves a file via {@code NAME.<id>.part}, so that an
 * interrupted download resumes and a different file of the same name never mixes in; checks the SHA-256;
 * prints the saved path.
 */
@Command(name = "download",
        description = {"Save a file from the chat and print where it was saved.",
                "A dropped connection is retried and the download goes on where it stopped; an interrupted "
                        + "download resumes from its .part file; the SHA-256 is checked at the end."})
final class DownloadCommand implements Callable<Integer> {

    @ParentCommand
    private MessengerCli cli;

    @Parameters(paramLabel = "FILE_ID", description = "the file's id, as in [file: ... id=N]")
    private long fileId;

    @Option(names = {"-o", "--output"}, paramLabel = "PATH",
            description = "file to write, or existing folder to write into (default: the sender's file name, "
                    + "made safe, in the current folder)")
    private Path output;

    @Option(names = "--force", description = "overwrite an existing file")
    private boolean force;

    @Override
    public Integer call() throws Exception {
        if (fileId < 1) {
            throw new CliException(ExitCodes.USAGE, "FILE_ID must be at least 1");
        }
        Path target;
        try (RetryingConnection connection = cli.openRetrying()) {
            target = target(connection.call((client, progress) -> client.fileInfo(fileId), TransferListener.NONE));
            Path folder = target.toAbsolutePath().getParent();
            if (!Files.isDirectory(folder)) {
                throw new CliException(ExitCodes.NOT_FOUND, "no folder " + folder);
            }
            if (!force && Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                throw new CliException(ExitCodes.FAILURE, target + " already exists; add --force to overwrite it");
            }
            Path partial = target.resolveSibling(target.getFileName() + "." + fileId + ".part");
            try (ProgressMeter meter = ProgressMeter.on(cli.environment(), "downloading " + target.getFileName())) {
                connection.download(fileId, partial, meter);
            }
            if (force) {
                Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
            } else {
                Files.move(partial, target);
            }
        }
        cli.environment().out().println(target);
        return ExitCodes.OK;
    }

    private Path target(FileInfo file) {
        String safeName = SafeFileName.of(file.name(), file.id());
        if (output == null) {
            return Path.of(safeName);
        }
        return Files.isDirectory(output) ? output.resolve(safeName) : output;
    }
}
