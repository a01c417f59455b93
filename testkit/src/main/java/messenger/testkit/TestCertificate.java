package messenger.testkit;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.Base64;
import java.util.Map;

/**
 * A self-signed certificate for the host name {@code localhost} (EC P-256, valid two days), made by the JDK's
 * keytool, as the PEM files the server's {@code messenger.tls.cert} and {@code messenger.tls.key} name. Each
 * call makes a new key pair, so a second certificate is a "wrong" one that clients must refuse.
 */
public record TestCertificate(Path certificate, Path key) {

    private static final String ALIAS = "server";
    private static final String STORE_PASSWORD = "changeit";

    /** Writes {@code server.crt} and {@code server.key} into {@code directory}. */
    public static TestCertificate forLocalhost(Path directory) throws IOException {
        Files.createDirectories(directory);
        Path store = directory.resolve("server.p12");
        Files.deleteIfExists(store);
        runKeytool(store);
        try (InputStream in = Files.newInputStream(store)) {
            KeyStore keyStore = KeyStore.getInstance("PKCS12");
            keyStore.load(in, STORE_PASSWORD.toCharArray());
            byte[] certificate = keyStore.getCertificate(ALIAS).getEncoded();
            byte[] key = keyStore.getKey(ALIAS, STORE_PASSWORD.toCharArray()).getEncoded();
            return new TestCertificate(
                    Files.writeString(directory.resolve("server.crt"), pem("CERTIFICATE", certificate)),
                    Files.writeString(directory.resolve("server.key"), pem("PRIVATE KEY", key)));
        } catch (GeneralSecurityException e) {
            throw new IOException("cannot read the certificate keytool made: " + e.getMessage(), e);
        }
    }

    /** The settings that switch the server's listener to TLS with this certificate. */
    public Map<String, String> serverSettings() {
        return Map.of("messenger.tls.cert", certificate.toAbsolutePath().toString(),
                "messenger.tls.key", key.toAbsolutePath().toString());
    }

    private static void runKeytool(Path store) throws IOException {
        Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-genkeypair", "-alias", ALIAS, "-keyalg", "EC", "-groupname", "secp256r1",
                "-dname", "CN=localhost", "-ext", "SAN=dns:localhost", "-validity", "2",
                "-keystore", store.toString(), "-storetype", "PKCS12",
                "-storepass", STORE_PASSWORD, "-keypass", STORE_PASSWORD)
                .redirectErrorStream(true).start();
        String output = new String(keytool.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        try {
            if (keytool.waitFor() != 0) {
                throw new IOException("keytool failed: " + output);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while keytool ran", e);
        }
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }
}
