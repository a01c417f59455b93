package messenger.testkit;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BooleanSupplier;

/**
 * A real TCP relay between clients and a server that a test can cut, as when a network drops: {@link #cut()}
 * closes every relayed connection at once and refuses new ones (accepts and closes them) until
 * {@link #restore()}; {@link #holdReplies()} keeps back what the server sends, as a network stalling one way.
 */
public final class TcpRelay implements AutoCloseable {

    private static final long HOLD_POLL_MILLIS = 10;

    private final ServerSocket listener;
    private final int targetPort;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private volatile boolean refusing;
    private volatile boolean holdingReplies;

    /** Relays from a free port on the loopback interface to {@code targetPort} there. */
    public TcpRelay(int targetPort) throws IOException {
        this.targetPort = targetPort;
        this.listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread acceptor = new Thread(this::acceptLoop, "relay-accept");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    public int port() {
        return listener.getLocalPort();
    }

    /** {@code 127.0.0.1:port}, as clients write a server address. */
    public String address() {
        return "127.0.0.1:" + port();
    }

    /** How many relayed connections are open now. */
    public int openConnections() {
        // each connection is two sockets, closed together by its pumps
        return (int) open.stream().filter(socket -> !socket.isClosed()).count() / 2;
    }

    /** Closes every relayed connection and refuses new ones until {@link #restore()}. */
    public void cut() {
        refusing = true;
        open.forEach(TcpRelay::closeQuietly);
        open.clear();
    }

    public void restore() {
        refusing = false;
        holdingReplies = false;
    }

    /**
     * From now on what the server sends waits in the relay while what clients send still arrives: the server
     * does the work, the client does not hear of it. {@link #restore()} lets the replies through, {@link #cut()}
     * loses them with the connections.
     */
    public void holdReplies() {
        holdingReplies = true;
    }

    @Override
    public void close() {
        closeQuietly(listener);
        cut();
    }

    private void acceptLoop() {
        while (!listener.isClosed()) {
            Socket client;
            try {
                client = listener.accept();
            } catch (IOException closed) {
                return;
            }
            if (refusing) {
                closeQuietly(client);
                continue;
            }
            try {
                Socket server = new Socket(InetAddress.getLoopbackAddress(), targetPort);
                open.add(client);
                open.add(server);
                pump(client, server, () -> false);
                pump(server, client, () -> holdingReplies);
            } catch (IOException serverRefused) {
                closeQuietly(client);
            }
        }
    }

    private static void pump(Socket from, Socket to, BooleanSupplier holding) {
        Thread thread = new Thread(() -> {
            byte[] buffer = new byte[64 * 1024];
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                int n;
                while ((n = in.read(buffer)) >= 0) {
                    while (holding.getAsBoolean() && !to.isClosed()) {
                        Thread.sleep(HOLD_POLL_MILLIS);
                    }
                    out.write(buffer, 0, n);
                    out.flush();
                }
            } catch (IOException cut) {
                // one side closed: the relay ends this connection as the network would
            } catch (InterruptedException stopped) {
                Thread.currentThread().interrupt();
            } finally {
                closeQuietly(from);
                closeQuietly(to);
            }
        }, "relay-pump");
        thread.setDaemon(true);
        thread.start();
    }

    private static void closeQuietly(Closeable closeable) {
        try {
            closeable.close();
        } catch (IOException ignored) {
            // already closed or broken; either way it is gone
        }
    }
}
