package messenger.client.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class QuickSwitchTest {

    private final ConversationDirectory directory = new ConversationDirectory("alice");

    @Test
    void namesStartingWithWhatWasTypedComeFirstThenWordStartsThenAnywhere() {
        directory.replaceAll(List.of(
                ConversationDirectoryTest.room(1, "the-design", "2026-12-04T12:00:00Z"),
                ConversationDirectoryTest.room(2, "redesign", "2026-12-04T11:00:00Z"),
                ConversationDirectoryTest.room(3, "Design", "2026-12-04T09:00:00Z"),
                ConversationDirectoryTest.room(4, "general", "2026-12-04T13:00:00Z")));

        assertThat(QuickSwitch.matches(directory.snapshot().all(), "des", 10))
                .extracting(ConversationSummary::name).containsExactly("Design", "the-design", "redesign");
    }

    @Test
    void nothingTypedOffersEveryConversationMostRecentFirstUpToTheLimit() {
        directory.replaceAll(List.of(
                ConversationDirectoryTest.room(1, "general", "2026-12-04T09:00:00Z"),
                ConversationDirectoryTest.direct(2, "bob", "2026-12-04T12:00:00Z"),
                ConversationDirectoryTest.room(3, "design", "2026-12-04T10:00:00Z")));

        assertThat(QuickSwitch.matches(directory.snapshot().all(), " ", 2))
                .extracting(ConversationSummary::name).containsExactly("bob", "design");
    }

    @Test
    void aNameWithoutWhatWasTypedIsNotOffered() {
        directory.replaceAll(List.of(ConversationDirectoryTest.room(1, "general", "2026-12-04T09:00:00Z")));

        assertThat(QuickSwitch.matches(directory.snapshot().all(), "xyz", 10)).isEmpty();
    }
}
