package messenger.protocol.fuzz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The committed fuzz corpus: {@code fuzz-corpus/<case>.<ending>.bin} on the test class path, where ending is
 * {@code clean}, {@code bad_frame} or {@code truncated} (see {@link DecodedStream.Ending}). It is read from the
 * protocol module's test classes or from its test jar. How to add a case: {@code fuzz-corpus/README.md}.
 */
public final class FuzzCorpus {

    public static final String DIRECTORY = "fuzz-corpus";
    private static final String SUFFIX = ".bin";

    /** One corpus input and how the frame decoder must end on it. */
    public record Entry(String name, DecodedStream.Ending expected, byte[] bytes) {
        @Override
        public String toString() {
            return name;
        }
    }

    private FuzzCorpus() {
    }

    public static List<Entry> entries() {
        URL readme = FuzzCorpus.class.getClassLoader().getResource(DIRECTORY + "/README.md");
        if (readme == null) {
            throw new IllegalStateException(DIRECTORY + "/README.md is not on the class path");
        }
        try {
            if ("jar".equals(readme.getProtocol())) {
                String jarFile = readme.getPath().substring(0, readme.getPath().indexOf("!/"));
                try (FileSystem jar = FileSystems.newFileSystem(Path.of(new URI(jarFile)))) {
                    return read(jar.getPath("/" + DIRECTORY));
                }
            }
            return read(Path.of(readme.toURI()).getParent());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<Entry> read(Path directory) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(file -> file.getFileName().toString().endsWith(SUFFIX))
                    .sorted()
                    .map(FuzzCorpus::entry)
                    .toList();
        }
    }

    private static Entry entry(Path file) {
        String name = file.getFileName().toString();
        String withoutSuffix = name.substring(0, name.length() - SUFFIX.length());
        String ending = withoutSuffix.substring(withoutSuffix.lastIndexOf('.') + 1);
        try {
            return new Entry(name, DecodedStream.Ending.valueOf(ending.toUpperCase(Locale.ROOT)),
                    Files.readAllBytes(file));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(name + " does not end in .clean.bin, .bad_frame.bin or .truncated.bin");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
