package messenger.testkit;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A TCP proxy on a free port in front of a local port, which can make connections go silent without closing
 * them, as a connection does whose peer vanished behind a router: bytes are taken and dropped both ways, and
 * neither side learns of it. New connections are forwarded as usual.
 */
public final class TcpProxy implements AutoCloseable {

    private final ServerSocket listener;
    private final int targetPort;
    private final List<Link> links = new CopyOnWriteArrayList<>();

    private TcpProxy(ServerSocket listener, int targetPort) {
        this.listener = listener;
        this.targetPort = targetPort;
    }

    public static TcpProxy start(int targetPort) throws IOException {
        TcpProxy proxy = new TcpProxy(new ServerSocket(0, 50, InetAddress.getLoopbackAddress()), targetPort);
        Thread acceptor = new Thread(proxy::accept, "tcp-proxy-" + proxy.port());
        acceptor.setDaemon(true);
        acceptor.start();
        return proxy;
    }

    public int port() {
        return listener.getLocalPort();
    }

    /** Silences every open connection whose client has sent {@code text} (ASCII, any case); returns how many. */
    public int silenceConnectionsThatSent(String text) {
        int silenced = 0;
        for (Link link : links) {
            if (link.sent(text)) {
                link.silent = true;
                silenced++;
            }
        }
        return silenced;
    }

    private void accept() {
        while (!listener.isClosed()) {
            try {
                Socket client = listener.accept();
                Socket server;
                try {
                    server = new Socket(InetAddress.getLoopbackAddress(), targetPort);
                } catch (IOException refused) {
                    client.close();
                    continue;
                }
                Link link = new Link(client, server);
                links.add(link);
                link.pump(client, server, true);
                link.pump(server, client, false);
            } catch (IOException e) {
                // the listener closed
            }
        }
    }

    @Override
    public void close() throws IOException {
        listener.close();
        for (Link link : links) {
            link.close();
        }
    }

    private static final class Link {

        /** What a client sent is kept this far for {@link #sent}, from its start. */
        private static final int KEPT_FROM_CLIENT = 1 << 20;

        private final Socket client;
        private final Socket server;
        private final StringBuffer fromClient = new StringBuffer();
        volatile boolean silent;
        volatile boolean closed;

        Link(Socket client, Socket server) {
            this.client = client;
            this.server = server;
        }

        boolean sent(String text) {
            return !closed && fromClient.indexOf(text.toLowerCase(Locale.ROOT)) >= 0;
        }

        void pump(Socket from, Socket to, boolean clientToServer) {
            Thread thread = new Thread(() -> {
                byte[] buffer = new byte[8192];
                try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                    for (int read = in.read(buffer); read != -1; read = in.read(buffer)) {
                        if (clientToServer && fromClient.length() < KEPT_FROM_CLIENT) {
                            fromClient.append(new String(buffer, 0, read, StandardCharsets.US_ASCII)
                                    .toLowerCase(Locale.ROOT));
                        }
                        if (!silent) {
                            out.write(buffer, 0, read);
                            out.flush();
                        }
                    }
                } catch (IOException e) {
                    // one side closed
                } finally {
                    if (!silent) {
                        close();
                    }
                }
            }, "tcp-proxy-pump");
            thread.setDaemon(true);
            thread.start();
        }

        void close() {
            closed = true;
            try {
                client.close();
                server.close();
            } catch (IOException e) {
                // closing anyway
            }
        }
    }
}
