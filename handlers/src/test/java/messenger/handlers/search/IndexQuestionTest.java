package messenger.handlers.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import messenger.handlers.spi.RequestException;
import messenger.protocol.ErrorCode;
import org.apache.lucene.search.FieldDoc;
import org.junit.jupiter.api.Test;

class IndexQuestionTest {

    @Test
    void aQuestionSentToAnotherServerArrivesAsAsked() {
        IndexQuestion asked = new IndexQuestion("deploy \"night shift\"", List.of(1L, 9_007_199_254_740_993L), 42L,
                "2026-11-01T00:00:00.000Z", null, "relevance", "r3f800000.17", 20);

        IndexQuestion arrived = IndexQuestion.fromJson(asked.toJson());

        assertThat(arrived).isEqualTo(asked);
        assertThat(arrived.conversations()).allSatisfy(id -> assertThat(id).isInstanceOf(Long.class));
        assertThat(arrived.query()).isEqualTo(asked.query());
    }

    @Test
    void theHitsOfAnAnswerKeepTheirSortValuesInEitherOrder() {
        FieldDoc newest = new FieldDoc(3, Float.NaN, new Object[] {123L});
        FieldDoc relevant = new FieldDoc(5, 1.25f, new Object[] {1.25f, 456L});

        FieldDoc newestBack = SearchOrder.NEWEST.after(SearchOrder.NEWEST.cursor(newest));
        FieldDoc relevantBack = SearchOrder.RELEVANCE.after(SearchOrder.RELEVANCE.cursor(relevant));

        assertThat(newestBack.fields).containsExactly(123L);
        assertThat(relevantBack.fields).containsExactly(1.25f, 456L);
        assertThat(SearchPages.messageId(relevantBack)).isEqualTo(456L);
    }

    @Test
    void aQuestionTheIndexCannotBeAskedIsRefusedWhereItArrived() {
        List<IndexQuestion> bad = List.of(
                new IndexQuestion("hello", List.of(1L), null, "yesterday", null, null, null, 20),
                new IndexQuestion("hello", List.of(1L), null, null, null, "newest", "r00.1", 20),
                new IndexQuestion("hello", List.of(1L), null, null, null, "newest", "nine", 20));

        for (IndexQuestion question : bad) {
            assertThatThrownBy(question::checked).isInstanceOfSatisfying(RequestException.class,
                    e -> assertThat(e.code()).isEqualTo(ErrorCode.BAD_REQUEST));
        }
    }
}
