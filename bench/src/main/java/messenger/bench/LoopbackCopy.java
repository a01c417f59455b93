package messenger.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

/**
 * The baseline of the files scenario: the same bytes from a file, through a plain TCP connection on the
 * loopback interface, into another file, with ordinary blocking streams and the client library's chunk size.
 * No protocol, no database: what this machine can do for a file transfer at best.
 */
final class LoopbackCopy {

    private static final int BUFFER = 512 * 1024;

    private LoopbackCopy() {
    }

    /** Copies {@code source} into {@code target} over loopback TCP; returns the seconds it took. */
    static double copy(Path source, Path target) throws IOException, InterruptedException {
        try (ServerSocket listener = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            CompletableFuture<Long> received = CompletableFuture.supplyAsync(() -> receive(listener, target));
            long start = System.nanoTime();
            try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), listener.getLocalPort());
                 InputStream in = Files.newInputStream(source);
                 OutputStream out = socket.getOutputStream()) {
                pump(in, out);
            }
            long bytes = received.get();
            double seconds = (System.nanoTime() - start) / 1e9;
            if (bytes != Files.size(source)) {
                throw new IOException("loopback copy received " + bytes + " of " + Files.size(source) + " bytes");
            }
            return seconds;
        } catch (ExecutionException e) {
            throw new IOException("loopback copy failed: " + e.getCause(), e.getCause());
        }
    }

    private static long receive(ServerSocket listener, Path target) {
        try (Socket socket = listener.accept();
             InputStream in = socket.getInputStream();
             OutputStream out = Files.newOutputStream(target)) {
            return pump(in, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long pump(InputStream in, OutputStream out) throws IOException {
        byte[] buffer = new byte[BUFFER];
        long total = 0;
        for (int n; (n = in.read(buffer)) >= 0; ) {
            out.write(buffer, 0, n);
            total += n;
        }
        return total;
    }
}
