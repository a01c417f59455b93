package messenger.bench;

import com.sun.tools.attach.AttachNotSupportedException;
import com.sun.tools.attach.VirtualMachine;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;
import javax.management.MBeanServerConnection;
import javax.management.ObjectName;
import javax.management.remote.JMXConnector;
import javax.management.remote.JMXConnectorFactory;
import javax.management.remote.JMXServiceURL;

/**
 * Reads the memory of the server process from outside: heap and threads through the JVM's local management
 * agent (attached by pid, as {@code jcmd} does), resident set size from {@code /proc}. Needs a server JVM of
 * the same user on the same machine. The embedded database runs in a process of its own and is not counted.
 */
final class ServerProbe implements AutoCloseable {

    private final long pid;
    private final JMXConnector connector;
    private final MemoryMXBean memory;
    private final ThreadMXBean threads;
    private final MBeanServerConnection connection;

    private ServerProbe(long pid, JMXConnector connector) throws IOException {
        this.pid = pid;
        this.connector = connector;
        this.connection = connector.getMBeanServerConnection();
        this.memory = ManagementFactory.newPlatformMXBeanProxy(connection, ManagementFactory.MEMORY_MXBEAN_NAME,
                MemoryMXBean.class);
        this.threads = ManagementFactory.newPlatformMXBeanProxy(connection, ManagementFactory.THREAD_MXBEAN_NAME,
                ThreadMXBean.class);
    }

    static ServerProbe attach(long pid) throws IOException {
        VirtualMachine vm;
        try {
            vm = VirtualMachine.attach(Long.toString(pid));
        } catch (AttachNotSupportedException e) {
            throw new IOException("cannot attach to process " + pid + ": " + e.getMessage(), e);
        }
        String address;
        try {
            address = vm.startLocalManagementAgent();
        } finally {
            vm.detach();
        }
        return new ServerProbe(pid, JMXConnectorFactory.connect(new JMXServiceURL(address)));
    }

    long pid() {
        return pid;
    }

    /** Heap in use right after a full collection: what the server really holds, garbage excluded. */
    long liveHeapBytes() {
        memory.gc();
        return heapUsedBytes();
    }

    /** Heap in use now, garbage included. */
    long heapUsedBytes() {
        return memory.getHeapMemoryUsage().getUsed();
    }

    long heapCommittedBytes() {
        return memory.getHeapMemoryUsage().getCommitted();
    }

    int threadCount() {
        return threads.getThreadCount();
    }

    /** Resident set size of the server JVM from /proc, when this is Linux. */
    OptionalLong rssBytes() throws IOException {
        Path status = Path.of("/proc", Long.toString(pid), "status");
        if (!Files.isReadable(status)) {
            return OptionalLong.empty();
        }
        for (String line : Files.readAllLines(status)) {
            if (line.startsWith("VmRSS:")) {
                String kib = line.substring("VmRSS:".length()).replace("kB", "").trim();
                return OptionalLong.of(Long.parseLong(kib) * 1024);
            }
        }
        return OptionalLong.empty();
    }

    /** Starts a JFR recording in the server, as {@code jcmd <pid> JFR.start} would. */
    void startRecording(Path file) throws IOException {
        diagnosticCommand("jfrStart", "name=bench", "settings=profile", "filename=" + file.toAbsolutePath());
    }

    void stopRecording() throws IOException {
        diagnosticCommand("jfrStop", "name=bench");
    }

    private void diagnosticCommand(String operation, String... arguments) throws IOException {
        try {
            connection.invoke(new ObjectName("com.sun.management:type=DiagnosticCommand"), operation,
                    new Object[] {arguments}, new String[] {String[].class.getName()});
        } catch (IOException e) {
            throw e;
        } catch (Exception e) {
            throw new IOException(operation + " failed in the server: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() throws IOException {
        connector.close();
    }
}
