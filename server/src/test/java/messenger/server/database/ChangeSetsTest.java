package messenger.server.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class ChangeSetsTest {

    private static final ClassLoader CLASSES = ChangeSetsTest.class.getClassLoader();

    @Test
    void theServersChangeLogIsReadInFull() throws IOException {
        int declared = 0;
        Matcher include = Pattern.compile("<include file=\"([^\"]+)\"").matcher(text("db/changelog.xml"));
        while (include.find()) {
            declared += (int) text(include.group(1)).lines().filter(line -> line.startsWith("--changeset ")).count();
        }

        assertThat(ChangeSets.of("db/changelog.xml", CLASSES)).get().extracting(ChangeSets::size)
                .isEqualTo(declared).isNotEqualTo(0);
    }

    /** The caller then runs Liquibase, which knows what to do with it. */
    @Test
    void aChangeLogWithMoreThanIncludesOfSqlIsNotRead() {
        assertThat(ChangeSets.of("changelogs/xml-change-set.xml", CLASSES)).isEmpty();
        assertThat(ChangeSets.of("changelogs/missing-include.xml", CLASSES)).isEmpty();
        assertThat(ChangeSets.of("changelogs/no-such-change-log.xml", CLASSES)).isEmpty();
    }

    private static String text(String resource) throws IOException {
        try (InputStream in = CLASSES.getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
