package messenger.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Another run of messenger-cli changing the config file, for {@link ConfigFileTest}: it says "locked" once it holds
 * the file's lock, and stores its token when a line comes on stdin.
 */
final class ConfigLockHolder {

    static final String TOKEN = "from the other run";

    private ConfigLockHolder() {
    }

    public static void main(String[] args) throws IOException {
        BufferedReader stdin = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        new ConfigFile(Path.of(args[0])).update(config -> {
            System.out.println("locked");
            System.out.flush();
            try {
                stdin.readLine();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return new Config("localhost:7777", "alice", TOKEN);
        });
    }
}
