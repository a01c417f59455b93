package messenger.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.persistence.Tuple;
import org.junit.jupiter.api.Test;

/**
 * Statements whose cost would otherwise grow with the whole log, read as the database plans them: each must reach
 * its rows through an index, not by reading every event ever logged.
 */
@QuarkusTest
class QueryPlansTest {

    @Test
    void deletingAMessageFindsTheTextsOfItsEarlierVersionsByIndex() {
        assertThat(plan("EXPLAIN UPDATE conversation_events SET text = NULL, mentions = NULL"
                + " WHERE message_id = 42 AND kind = 'edited'")).as("the index used").isEqualTo("ix_events_message");
    }

    @Test
    void catchingUpOnEveryConversationReadsTheEventsEveryMemberSeesByIndex() {
        assertThat(plan("EXPLAIN SELECT id FROM conversation_events FORCE INDEX (ix_events_to_members)"
                + " WHERE to_members = TRUE AND id > 10 AND id <= 100000 AND conversation_id IN (1, 2, 3)"
                + " ORDER BY id LIMIT 101"))
                .as("the index used").isEqualTo("ix_events_to_members");
    }

    /**
     * The {@code key} column of the plan's first row: the index the statement reads through, null for none. Found
     * by its name, since MySQL's plan has a column more than MariaDB's before it.
     */
    private static String plan(String explain) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Tuple first = (Tuple) Panache.getEntityManager().createNativeQuery(explain, Tuple.class)
                    .getResultList().get(0);
            Object key = first.get("key");
            return key == null ? null : key.toString();
        });
    }
}
