package messenger.handlers;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/**
 * The {@code messenger.*} settings the handlers use; each key can also be set as an environment variable
 * (MESSENGER_MAX_FILE_SIZE, …). Those of the transport are the server's ({@code messenger.server.ServerConfig}).
 */
@ConfigMapping(prefix = "messenger")
public interface HandlerConfig {

    /** Largest file accepted by {@code upload.start}, in bytes. */
    @WithDefault("4294967296")
    long maxFileSize();

    /** Failed logins in a row for one login before each further attempt must wait. */
    @WithDefault("5")
    int loginFailuresBeforeDelay();

    /** Failed logins from one address (any login) before each further attempt from there must wait. */
    @WithDefault("50")
    int loginFailuresPerAddressBeforeDelay();

    /** The longest wait imposed after failed logins; the wait doubles from one second up to this. */
    @WithDefault("15m")
    Duration loginMaxDelay();

    /** Accounts that may be created from one address per hour (and at once); 0 turns the limit off. */
    @WithDefault("30")
    int registrationsPerAddressPerHour();

    /**
     * Messages one user may send per second on average, every other change they make (edits, deletions, reactions,
     * notification levels, room changes) counted alike; 0 turns the limit off.
     */
    @WithDefault("20")
    int messagesPerSecond();

    /** Messages and other changes one user may make in a burst above the average rate. */
    @WithDefault("60")
    int messageBurst();

    /**
     * Proofs of possession ({@code upload.prove}) one user may have checked per hour, all of them at once at most;
     * 0 turns the limit off. Beyond it a proof is answered as a wrong one, and the upload goes on with its chunks.
     */
    @WithDefault("30")
    int uploadProofsPerHour();

    /** An unfinished upload with no new chunk for this long is deleted with its bytes. */
    @WithDefault("24h")
    Duration uploadExpiry();

    /** Idle uploads the expiry discards per transaction, and discarded ones it reads per page. */
    @WithDefault("100")
    int uploadExpiryBatch();

    /**
     * bcrypt's cost for new password hashes (2^cost rounds), 4 to 31. Below 12 the server warns at its first
     * sign-in: only test suites, which would otherwise spend much of their time hashing, should go lower.
     */
    @WithDefault("12")
    int passwordHashCost();

    /**
     * Where new files keep their bytes: {@code filesystem} (a file each, under {@link #fileDirectory}) or
     * {@code database} (rows of {@code file_chunks}). Files stored earlier stay where they are.
     */
    @WithDefault("filesystem")
    FileStoreKind fileStore();

    /**
     * Move every complete file stored elsewhere into {@link #fileStore}, in the background while the server runs
     * (see {@code FileStoreMigration}).
     */
    @WithDefault("false")
    boolean migrateFiles();

    /** How often the file migration looks for files to move (a Quarkus scheduler period, e.g. {@code 30s}). */
    @WithDefault("30s")
    String migrateFilesEvery();

    /** How long the old bytes of a moved file are kept for readers that may still be at them. */
    @WithDefault("2m")
    Duration migrateFilesGrace();

    /**
     * How long the file migration leaves a file whose bytes it could not move (missing, unreadable, or not matching
     * their SHA-256) before it tries that file again.
     */
    @WithDefault("1h")
    Duration migrateFilesRetryAfter();

    /** The directory of the filesystem store; by default {@code files} in {@link #dataDir}. */
    Optional<String> fileDirectory();

    /**
     * Where the database keeps its files, when it is on this machine: the database store checks the room there
     * before an upload. Set by the server for the embedded database; unset, that room is not checked.
     */
    Optional<String> databaseDirectory();

    /** The server's data directory (the embedded database's too); read here for the default file directory. */
    @WithDefault("./data")
    String dataDir();

    enum FileStoreKind {
        DATABASE,
        FILESYSTEM
    }

    /** Server name announced by {@code hello}. */
    Optional<String> serverName();
}
