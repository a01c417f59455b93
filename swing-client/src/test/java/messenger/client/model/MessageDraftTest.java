package messenger.client.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MessageDraftTest {

    private final MessageDraft draft = new MessageDraft();

    @Test
    void aShortMessageIsSentStrippedWithoutCounterOrProblem() {
        draft.edited("  hello \n");

        assertThat(draft.submit()).contains("hello");
        assertThat(draft.counter()).isEmpty();
        assertThat(draft.problem()).isEmpty();
    }

    @Test
    void blankTextSendsNothingAndIsNoProblem() {
        draft.edited(" \n ");

        assertThat(draft.submit()).isEmpty();
        assertThat(draft.problem()).isEmpty();
    }

    @Test
    void theCounterShowsFromNearTheLimitWithGroupedDigits() {
        draft.edited("x".repeat(MessageDraft.COUNTER_FROM - 1));
        assertThat(draft.counter()).isEmpty();

        draft.edited("x".repeat(4_010));
        assertThat(draft.counter()).isEqualTo("4,010 / 4,096");
        assertThat(draft.isTooLong()).isFalse();
    }

    @Test
    void charactersAreCountedAsCodePoints() {
        draft.edited("😀".repeat(4_096));

        assertThat(draft.isTooLong()).isFalse();
        assertThat(draft.counter()).isEqualTo("4,096 / 4,096");
    }

    @Test
    void aTooLongSendIsRefusedUntilTheTextIsShortEnough() {
        draft.edited("x".repeat(5_002));
        assertThat(draft.problem()).as("nothing refused before a send").isEmpty();

        assertThat(draft.submit()).isEmpty();
        assertThat(draft.problem()).isEqualTo("A message has at most 4096 characters; this one has 5002.");

        draft.edited("x".repeat(4_500));
        assertThat(draft.problem()).endsWith("this one has 4500.");

        draft.edited("x".repeat(4_096));
        assertThat(draft.problem()).isEmpty();

        draft.edited("x".repeat(5_000));
        assertThat(draft.problem()).as("a refusal, once cleared, waits for the next send").isEmpty();
    }

    @Test
    void deletingEverythingClearsTheRefusal() {
        draft.edited("x".repeat(5_002));
        draft.submit();

        draft.edited("");

        assertThat(draft.problem()).isEmpty();
        assertThat(draft.counter()).isEmpty();
    }
}
