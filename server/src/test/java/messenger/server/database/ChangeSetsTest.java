package messenger.server.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import messenger.protocol.Sha256;
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
    void aChangeLogWithMoreThanIncludesOfPlainChangeSetsIsNotRead() {
        assertThat(ChangeSets.of("changelogs/xml-change-set.xml", CLASSES)).isEmpty();
        assertThat(ChangeSets.of("changelogs/missing-include.xml", CLASSES)).isEmpty();
        assertThat(ChangeSets.of("changelogs/no-such-change-log.xml", CLASSES)).isEmpty();
        assertThat(ChangeSets.of("changelogs/include-with-context.xml", CLASSES)).isEmpty();
        assertThat(ChangeSets.of("changelogs/run-on-change.xml", CLASSES)).isEmpty();
        assertThat(ChangeSets.of("changelogs/spaced-declaration.xml", CLASSES)).isEmpty();
    }

    /**
     * A server whose schema is current does not start Liquibase, which would have refused an applied change set
     * that was edited since: a change to the schema is a new change set, never an edit of a shipped one.
     */
    @Test
    void shippedChangeSetsAreNeverEdited() throws IOException {
        Map<String, String> shipped = Map.of(
                "001-initial-schema.sql", "a496ac267c9f377dd31af8b55fc4fa7c668737c0eb9a04cdc08f68e75eefa5c0",
                "002-upload-activity.sql", "13c5937ba6a19162ee90df07dafecb9353b6e0c0ecd73d3d4e61cb23bb47cb99",
                "003-exact-client-msg-id.sql", "ec9d873c5bb4848c81aed1339d356faee68c694cf54530473403630b47f8177c",
                "004-conversations.sql", "feed3305e01632f24a9bb21e0eb59b051af04834c834ee80f81e11f7a373815f",
                "005-file-store.sql", "e7f55d8357840c028997c95cc7f5a17fc9f38571e2e1f9a1c24a91e6dab879f8",
                "006-live-conversation.sql", "b429cbdb7a5310df0bdfde2fd045cedd59e0c1f67442e72527ef8565b3e1fa8c",
                "007-edit-mentions.sql", "a03c6eed442a2957f484a9b7637e62be3fc66a0ec54489a134ca867bf2205daa",
                "008-shared-bytes-index.sql", "5cfe8f929a681265df443b50e78ca6e1d2c6210374026ec1b6ffa81767c5e503",
                "009-event-indexes.sql", "9970eadbcabee59113957577c4a89734783cfcca6a2cd342156a954263f87d0c",
                "010-events-to-members.sql", "b569c42e39c354d76b79f3be8a35a230e2788a059afa54418842f76b76d0c49e");
        for (Map.Entry<String, String> file : shipped.entrySet()) {
            String text = text("db/changelog/" + file.getKey()).replace("\r\n", "\n");
            assertThat(Sha256.hex(text.getBytes(StandardCharsets.UTF_8))).as(file.getKey()).isEqualTo(file.getValue());
        }
    }

    private static String text(String resource) throws IOException {
        try (InputStream in = CLASSES.getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
