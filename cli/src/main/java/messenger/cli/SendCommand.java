package messenger.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.UUID;
import java.util.concurrent.Callable;
import messenger.protocol.Message;
import messenger.protocol.Sha256;
import messenger.protocol.client.MessengerClient;
import messenger.protocol.client.RetryingConnection;
import messenger.protocol.client.TransferListener;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code send [--to ROOM|@LOGIN|#ID] TEXT} or {@code send [--to …] --file PATH [--text CAPTION]}: posts a message
 * and prints its id.
 */
@Command(name = "send",
        description = {"Post a text, a file, or a file with a caption, and print the stored message's id.",
                "Without --to it goes to general, as before conversations existed.",
                "A dropped connection is retried (an upload goes on where it stopped); retrying with the same "
                        + "--client-msg-id never posts the message twice."})
final class SendCommand implements Callable<Integer> {

    /** A message has at most 4,096 characters, which UTF-8 encodes in at most 4 bytes each. */
    private static final int MAX_STDIN_BYTES = 4 * 4096;
    private static final int MAX_CLIENT_MSG_ID = 64;
    /** A reply names its conversation; without --to that is general, as for any message. */
    private static final Target GENERAL = new Target.Named("general");

    @ParentCommand
    private MessengerCli cli;

    @Parameters(arity = "0..1", paramLabel = "TEXT", description = "the text; - reads it from stdin")
    private String text;

    @Option(names = "--text", paramLabel = "TEXT", description = "the text (e.g. a caption for --file)")
    private String textOption;

    @Option(names = "--file", paramLabel = "PATH", description = "upload this file and post it")
    private Path file;

    @Option(names = "--to", paramLabel = "ROOM|@LOGIN|#ID",
            description = "where to post: a room of yours by name (any case), the direct conversation with a user "
                    + "(@LOGIN, opened the first time), or a conversation id (#ID) (default: general)")
    private String to;

    @Option(names = "--client-msg-id", paramLabel = "ID",
            description = "up to 64 characters naming this message, so that a retry is recognised "
                    + "(default: a fresh UUID)")
    private String clientMsgId;

    @Option(names = "--reply-to", paramLabel = "ID",
            description = "answer this message, which must be in the same conversation (with --to, else general)")
    private Long replyTo;

    @Override
    public Integer call() throws Exception {
        String messageText = messageText();
        checkFile();
        String messageId = clientMsgId != null ? clientMsgId : UUID.randomUUID().toString();
        if (messageId.isEmpty() || messageId.length() > MAX_CLIENT_MSG_ID) {
            throw new CliException(ExitCodes.USAGE, "--client-msg-id takes 1 to 64 characters");
        }
        if (replyTo != null) {
            MessageRequest.id(replyTo);
        }
        Target target = to != null ? Target.parse(to, "--to") : replyTo != null ? GENERAL : null;
        String me = target == null ? null : cli.login();
        try (RetryingConnection connection = cli.openRetrying()) {
            Long conversation = target == null ? null : connection.call((client, progress) ->
                    new Resolver(client, me).conversation(target).id(), TransferListener.NONE);
            Long fileId = file == null ? null : upload(connection);
            Message stored = post(connection, conversation, messageId, messageText, fileId);
            cli.environment().out().println(stored.id());
        }
        return ExitCodes.OK;
    }

    /**
     * Posts the message. When the connection is lost for good (exit 5) the server may have stored it without the
     * reply getting through: the failure then names the clientMsgId, which a retry must repeat to post it once.
     */
    private Message post(RetryingConnection connection, Long conversation, String messageId, String messageText,
                         Long fileId) throws IOException {
        try {
            return conversation == null ? connection.send(messageId, messageText, fileId)
                    : connection.call((client, progress) -> send(client, conversation, messageId, messageText, fileId),
                    TransferListener.NONE);
        } catch (IOException | RuntimeException e) {
            Failure failure = Failure.of(e);
            if (failure.exitCode() != ExitCodes.UNAVAILABLE) {
                throw e;
            }
            throw new CliException(ExitCodes.UNAVAILABLE, failure.message() + "; the message may have been posted:"
                    + " retry with --client-msg-id " + messageId + " to post it once at most", e);
        }
    }

    private Message send(MessengerClient client, long conversation, String messageId, String messageText,
                         Long fileId) {
        return replyTo == null ? client.send(conversation, messageId, messageText, fileId)
                : MessageRequest.about(replyTo, "reply to",
                () -> client.send(conversation, messageId, messageText, fileId, replyTo));
    }

    private String messageText() throws IOException {
        if (text != null && textOption != null) {
            throw new CliException(ExitCodes.USAGE, "give the text either as an argument or with --text, not both");
        }
        if (text == null && textOption == null && file == null) {
            throw new CliException(ExitCodes.USAGE, "nothing to send: give a text, --file, or both");
        }
        String given = text != null ? text : textOption;
        return MessageRequest.text("-".equals(given) ? readStdin() : given);
    }

    private String readStdin() throws IOException {
        byte[] bytes = cli.environment().stdin().readNBytes(MAX_STDIN_BYTES + 1);
        if (bytes.length > MAX_STDIN_BYTES) {
            throw new CliException(ExitCodes.USAGE, "the text on stdin is longer than a message may be");
        }
        String read = new String(bytes, StandardCharsets.UTF_8);
        return read.endsWith("\n") ? read.substring(0, read.length() - 1) : read;
    }

    private void checkFile() throws NoSuchFileException {
        if (file == null || Files.isRegularFile(file)) {
            return;
        }
        if (Files.exists(file)) {
            throw new CliException(ExitCodes.USAGE, file + " is not a regular file");
        }
        throw new NoSuchFileException(file.toString());
    }

    private long upload(RetryingConnection connection) throws IOException {
        String name = file.getFileName().toString();
        String sha256 = Sha256.of(file);
        try (ProgressMeter meter = ProgressMeter.on(cli.environment(), "uploading " + name)) {
            return connection.upload(file, name, sha256, meter).id();
        }
    }
}
