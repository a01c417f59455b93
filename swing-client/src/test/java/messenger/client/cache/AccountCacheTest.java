package messenger.client.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import messenger.client.cache.PendingMessages.Pending;
import messenger.client.model.ConversationSummary;
import messenger.protocol.ConversationEvent;
import messenger.protocol.FileInfo;
import messenger.protocol.Message;
import messenger.protocol.Results.Range;
import messenger.protocol.Results.SearchHit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AccountCacheTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-04T19:00:00Z"), ZoneOffset.UTC);
    private static final long ROOM = 7;

    /** The table of messages waiting to be sent before shared files waited too (layouts 1 and 2). */
    private static final String PENDING_BEFORE_FILES = "CREATE TABLE pending (client_msg_id TEXT PRIMARY KEY,"
            + " conversation INTEGER NOT NULL, text TEXT NOT NULL, reply_to INTEGER, written TEXT NOT NULL)";

    /** The table of messages waiting to be sent before refused ones were kept (layout 3). */
    private static final String PENDING_BEFORE_REFUSALS = "CREATE TABLE pending (client_msg_id TEXT PRIMARY KEY,"
            + " conversation INTEGER NOT NULL, text TEXT NOT NULL, reply_to INTEGER, written TEXT NOT NULL,"
            + " file INTEGER)";

    @TempDir
    Path folder;
    private AccountCache cache;

    @BeforeEach
    void open() throws Exception {
        cache = AccountCache.open(folder, CLOCK);
        cache.conversations().replaceAll(List.of(summary(ROOM), summary(99)));
    }

    @AfterEach
    void close() {
        cache.close();
    }

    @Test
    void aPageAroundAMessageAndTheNewerOnesAfterIt() {
        cache.messages().store(java.util.stream.LongStream.rangeClosed(1, 9)
                .mapToObj(id -> message(id, "m" + id)).toList());
        cache.stretches().keep(ROOM, 0, 9);

        var around = cache.messages().around(ROOM, 5, 4);

        assertThat(around.messages()).extracting(Message::id).containsExactly(3L, 4L, 5L, 6L);
        assertThat(around.hasMore()).isTrue();
        assertThat(around.hasNewer()).isTrue();
        var newer = cache.messages().newer(ROOM, 6, 5);
        assertThat(newer.messages()).extracting(Message::id).containsExactly(7L, 8L, 9L);
        assertThat(newer.hasNewer()).isFalse();
        assertThat(cache.messages().around(ROOM, 42, 4).messages()).isEmpty();
    }

    @Test
    void messagesConversationsAndCursorSurviveReopening() throws Exception {
        cache.messages().store(List.of(message(1, "first"), message(2, "second"), message(3, "third")));
        cache.stretches().keep(ROOM, 0, 3);
        ConversationSummary room = new ConversationSummary(ROOM, true, "design", "logos", false, 3, "member",
                Instant.parse("2026-12-04T10:00:00Z"), 3, 2, 1, 0, "mentions", true);
        cache.conversations().replaceAll(List.of(room));
        cache.setCursor(3);
        cache.close();

        cache = AccountCache.open(folder, CLOCK);

        assertThat(cache.cursor()).contains(3L);
        assertThat(cache.conversations().all()).containsExactly(room);
        var newest = cache.messages().page(ROOM, null, 2);
        assertThat(newest.messages()).extracting(Message::text).containsExactly("second", "third");
        assertThat(newest.hasMore()).isTrue();
        var older = cache.messages().page(ROOM, 2L, 2);
        assertThat(older.messages()).extracting(Message::text).containsExactly("first");
        assertThat(older.hasMore()).isFalse();
    }

    @Test
    void aPageEndsWhereMessagesMayBeMissingAndTheNextOlderOneFindsNothingToShow() {
        cache.messages().store(List.of(message(10, "old 1"), message(12, "old 2")));
        cache.stretches().keep(ROOM, 0, 12);
        cache.messages().store(List.of(message(50, "new 1"), message(52, "new 2")));
        cache.stretches().keep(ROOM, 50, 60);

        var newest = cache.messages().page(ROOM, null, 10);
        assertThat(newest.messages()).extracting(Message::text).as("not across the gap").containsExactly("new 1",
                "new 2");
        assertThat(newest.hasMore()).isTrue();
        assertThat(cache.messages().page(ROOM, 50L, 10).messages()).as("what lies below the gap is for the server")
                .isEmpty();
        assertThat(cache.messages().newer(ROOM, 12, 10).messages()).isEmpty();
        assertThat(cache.messages().around(ROOM, 12, 10).messages()).extracting(Message::text)
                .containsExactly("old 1", "old 2");

        cache.stretches().keep(ROOM, 13, 49);
        assertThat(cache.messages().page(ROOM, null, 10).messages()).as("filled, the stretches join")
                .extracting(Message::id).containsExactly(10L, 12L, 50L, 52L);
    }

    @Test
    void whatTheSessionDeliversIsWholeInEveryConversationAndJoinsAPageOfOne() {
        cache.messages().store(List.of(message(10, "page"), message(20, "in another")));
        cache.stretches().keep(ROOM, 5, 10);
        cache.stretches().keep(KeptStretches.EVERY, 11, 30);
        cache.messages().store(List.of(message(25, "delivered")));

        assertThat(cache.messages().page(ROOM, null, 10).messages()).extracting(Message::id)
                .containsExactly(10L, 20L, 25L);
        assertThat(cache.stretches().complete(99, 10, 31)).isTrue();
        assertThat(cache.stretches().complete(ROOM, 3, 31)).as("of 4 nothing is known").isFalse();
    }

    @Test
    void whatAnOlderLayoutKeptUpToItsCursorIsReadAsBefore() throws Exception {
        reopenAsLayout(4, "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
                "INSERT INTO meta VALUES ('cursor', '40')");
        cache.messages().store(List.of(message(10, "kept before"), message(30, "kept too")));
        assertThat(cache.messages().page(ROOM, null, 10).messages()).extracting(Message::id)
                .containsExactly(10L, 30L);

        cache.messages().store(List.of(message(50, "after")));
        assertThat(cache.messages().page(ROOM, null, 10).messages()).as("nothing is known of 41 to 49")
                .extracting(Message::id).containsExactly(50L);
    }

    /** Layout 5 kept its stretches already: the upgrade to the gaps of layout 6 adds none. */
    @Test
    void aLayoutWithStretchesKeepsThemAsTheyWereWhenUpgraded() throws Exception {
        cache.setCursor(30);
        cache.stretches().keep(KeptStretches.EVERY, 20, 30);
        cache.close();
        try (var older = java.sql.DriverManager.getConnection("jdbc:sqlite:" + folder.resolve(AccountCache.FILE));
             var statement = older.createStatement()) {
            statement.execute("DROP TABLE kept_gap");
            statement.execute("PRAGMA user_version=5");
        }
        cache = AccountCache.open(folder, CLOCK);

        assertThat(cache.stretches().complete(ROOM, 19, 31)).isTrue();
        assertThat(cache.stretches().complete(ROOM, 0, 31)).as("of 1 to 19 nothing is known").isFalse();
    }

    @Test
    void draftsSurviveReopeningBoundedInNumberAndLength() throws Exception {
        for (int conversation = 1; conversation <= KeptDrafts.MOST + 1; conversation++) {
            cache.drafts().keep(conversation, "draft " + conversation, null, CLOCK.instant().plusSeconds(conversation));
        }
        cache.drafts().keep(7, "x".repeat(KeptDrafts.LONGEST + 10), 3L, CLOCK.instant().plusSeconds(1_000));
        cache.drafts().forget(8);
        cache.close();

        cache = AccountCache.open(folder, CLOCK);

        List<KeptDrafts.Kept> kept = cache.drafts().all();
        assertThat(kept).as("the oldest written goes, one is forgotten").hasSize(KeptDrafts.MOST - 1)
                .extracting(KeptDrafts.Kept::conversation).doesNotContain(1L, 8L).contains(2L, 101L);
        assertThat(kept).filteredOn(draft -> draft.conversation() == 7).singleElement().satisfies(draft -> {
            assertThat(draft.text()).hasSize(KeptDrafts.LONGEST);
            assertThat(draft.replyTo()).isEqualTo(3L);
        });
    }

    @Test
    void onlyThisUserMayReadTheAccountsFolder() throws Exception {
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(folder))).isEqualTo("rwx------");
    }

    @Test
    void aNewCacheHasNoCursor() {
        assertThat(cache.cursor()).isEmpty();
    }

    @Test
    void pendingMessagesSurviveReopeningUntilStored() throws Exception {
        cache.pending().add(new Pending("c-1", ROOM, "written offline", null, CLOCK.instant()));
        cache.pending().add(new Pending("c-2", ROOM, "an answer", 5L, CLOCK.instant().plusSeconds(1)));
        cache.close();

        cache = AccountCache.open(folder, CLOCK);
        assertThat(cache.pending().all()).extracting(Pending::clientMsgId, Pending::replyTo)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("c-1", null),
                        org.assertj.core.groups.Tuple.tuple("c-2", 5L));

        cache.pending().remove("c-1");
        assertThat(cache.pending().all()).extracting(Pending::text).containsExactly("an answer");
    }

    @Test
    void aSharedFileWaitingSurvivesReopeningWithItsNameAndSize() throws Exception {
        FileInfo file = new FileInfo(42, "agenda.pdf", 2048, "ab12");
        cache.pending().add(Pending.file("c-1", ROOM, file, CLOCK.instant()));
        cache.close();

        cache = AccountCache.open(folder, CLOCK);

        assertThat(cache.pending().all()).singleElement().satisfies(pending -> {
            assertThat(pending.file()).isEqualTo(file);
            assertThat(pending.text()).isNull();
        });
    }

    @Test
    void theTokenOpensOnlyWithItsPassword() {
        cache.rememberToken("Alice", "token-123", "correct horse battery");

        assertThat(cache.token("correct horse battery")).contains("token-123");
        assertThat(cache.token("wrong password")).isEmpty();
        assertThat(cache.login()).contains("Alice");
    }

    @Test
    void aShortWordIsFoundAsAWholeWord() {
        cache.messages().store(List.of(message(1, "hi there"), message(2, "this is high"), message(3, "CI is red")));

        assertThat(ids("hi")).containsExactly(1L);
        assertThat(ids("ci")).containsExactly(3L);
    }

    @Test
    void aLongerWordIsFoundAsTheStartOrInsideOfWords() {
        cache.messages().store(List.of(message(1, "the deployment is done"), message(2, "we deploy on Friday"),
                message(3, "nothing here")));

        assertThat(ids("deplo")).containsExactly(2L, 1L);
        assertThat(ids("ploy")).containsExactly(2L, 1L);
        assertThat(ids("deplo frida")).containsExactly(2L);
    }

    @Test
    void accentsAndCaseDoNotCount() {
        cache.messages().store(List.of(message(1, "Un Café crème"), message(2, "cafeteria")));

        assertThat(ids("cafe")).containsExactly(2L, 1L);
        assertThat(ids("CRÈME")).containsExactly(1L);
    }

    @Test
    void textWithoutSpacesIsFoundByItsCharacters() {
        cache.messages().store(List.of(message(1, "我在上海工作"), message(2, "东京")));

        assertThat(ids("上海")).containsExactly(1L);
        assertThat(ids("上海工")).containsExactly(1L);
        assertThat(ids("北京")).isEmpty();
    }

    @Test
    void aDeletedMessageIsNeverFound() {
        cache.messages().store(List.of(message(1, "secret plans")));
        cache.messages().apply(event(10, ConversationEvent.DELETED, 1, null), "alice");

        assertThat(ids("secret")).isEmpty();
        assertThat(cache.messages().find(1)).get().satisfies(message -> {
            assertThat(message.isDeleted()).isTrue();
            assertThat(message.text()).isNull();
        });
    }

    @Test
    void anEditedMessageIsFoundByItsNewTextOnly() {
        cache.messages().store(List.of(message(1, "lunch at noon")));
        cache.messages().apply(event(10, ConversationEvent.EDITED, 1, "dinner at eight"), "alice");

        assertThat(ids("lunch")).isEmpty();
        assertThat(ids("dinner")).containsExactly(1L);
        assertThat(cache.messages().find(1)).get().extracting(Message::edited).isNotNull();
        assertThat(cache.messages().find(1)).get().extracting(Message::mentions).as("as the edit resolved them")
                .isEqualTo(List.of("bob"));
    }

    @Test
    void reactionsAreKeptWithTheMessage() {
        cache.messages().store(List.of(message(1, "good news")));
        cache.messages().apply(new ConversationEvent(10, ROOM, ConversationEvent.REACTED, "bob", null, "t", null,
                null, null, null, 1L, null, "👍", null, null), "alice");

        assertThat(cache.messages().find(1)).get().extracting(Message::reactions)
                .isEqualTo(List.of(new Message.Reaction("👍", 1, List.of("bob"))));
    }

    @Test
    void searchIsLimitedToAConversationWhenAsked() {
        cache.messages().store(List.of(message(1, "report due"),
                new Message(2, "bob", "2026-12-04T10:00:00Z", "report sent", "c2", null, 99L)));

        assertThat(cache.search().find("report", ROOM, null, 20)).extracting(SearchHit::id).containsExactly(1L);
        assertThat(cache.search().find("report", null, null, 20)).extracting(SearchHit::id).containsExactly(2L, 1L);
        assertThat(cache.search().find("report", null, 2L, 20)).extracting(SearchHit::id).containsExactly(1L);
    }

    @Test
    void hitsMarkTheMatchedWordsInTheOriginalText() {
        cache.messages().store(List.of(message(1, "Ein Café in Zürich")));

        SearchHit hit = cache.search().find("cafe zurich", null, null, 20).get(0);

        assertThat(hit.snippet()).isEqualTo("Ein Café in Zürich");
        assertThat(hit.ranges()).containsExactly(new Range(4, 8), new Range(12, 18));
        assertThat(hit.in()).isEqualTo(SearchHit.IN_TEXT);
    }

    @Test
    void aFileIsFoundByItsName() {
        cache.messages().store(List.of(new Message(1, "alice", "2026-12-04T10:00:00Z", null, "c1",
                new FileInfo(4, "quarterly-report.pdf", 100, null), ROOM)));

        SearchHit hit = cache.search().find("quarterly", null, null, 20).get(0);

        assertThat(hit.in()).isEqualTo(SearchHit.IN_FILE);
        assertThat(hit.ranges()).containsExactly(new Range(0, 9));
    }

    @Test
    void aDamagedFileIsSetAsideAndANewCacheMade() throws Exception {
        cache.close();
        Path file = folder.resolve(AccountCache.FILE);
        Files.writeString(file, "this is not a database, just some text that is long enough to matter.".repeat(100));

        cache = AccountCache.open(folder, CLOCK);

        assertThat(cache.cursor()).isEmpty();
        cache.conversations().replaceAll(List.of(summary(ROOM)));
        cache.messages().store(List.of(message(1, "works again")));
        assertThat(ids("works")).containsExactly(1L);
        try (var files = Files.list(folder)) {
            assertThat(files.map(path -> path.getFileName().toString()))
                    .contains("cache.db.damaged-20261204-190000-000");
        }
    }

    @Test
    void aCacheAnotherProcessIsWritingIsNotSetAsideAndKeepsWhatWaits() throws Exception {
        cache.pending().add(new Pending("c-1", ROOM, "written offline", null, CLOCK.instant()));
        cache.close();
        Path file = folder.resolve(AccountCache.FILE);

        try (var other = java.sql.DriverManager.getConnection("jdbc:sqlite:" + file);
             var statement = other.createStatement()) {
            statement.execute("BEGIN IMMEDIATE");
            cache = AccountCache.open(folder, CLOCK);
            statement.execute("ROLLBACK");
        }

        assertThat(cache.pending().all()).extracting(Pending::text).containsExactly("written offline");
        try (var files = Files.list(folder)) {
            assertThat(files.map(path -> path.getFileName().toString())).noneMatch(name -> name.contains("damaged"));
        }
    }

    @Test
    void aDatabaseOfAnotherLayoutIsSetAsideToo() throws Exception {
        cache.close();
        Path file = folder.resolve(AccountCache.FILE);
        Files.delete(file);
        try (var other = java.sql.DriverManager.getConnection("jdbc:sqlite:" + file);
             var statement = other.createStatement()) {
            statement.execute("CREATE TABLE message (id INTEGER PRIMARY KEY, body BLOB)");
        }

        cache = AccountCache.open(folder, CLOCK);

        cache.conversations().replaceAll(List.of(summary(ROOM)));
        cache.messages().store(List.of(message(1, "fresh start")));
        assertThat(ids("fresh")).containsExactly(1L);
    }

    @Test
    void aCacheOfTheLayoutBeforeGeneralWasMarkedIsUpgradedKeepingWhatWasWrittenOffline() throws Exception {
        reopenAsLayout(1, "CREATE TABLE conversation (id INTEGER PRIMARY KEY, room INTEGER NOT NULL,"
                + " name TEXT NOT NULL, topic TEXT NOT NULL, private INTEGER NOT NULL, members INTEGER NOT NULL,"
                + " role TEXT, last_activity TEXT NOT NULL, last_message INTEGER NOT NULL,"
                + " unread INTEGER NOT NULL, read_up_to INTEGER NOT NULL, mentions INTEGER NOT NULL,"
                + " notifications TEXT NOT NULL)",
                "INSERT INTO conversation VALUES (1, 1, 'general', '', 0, 5, 'member',"
                        + " '2026-12-04T10:00:00Z', 0, 0, 0, 0, 'mentions')",
                PENDING_BEFORE_FILES,
                "INSERT INTO pending VALUES ('c-1', 1, 'written offline', NULL, '2026-12-04T10:01:00Z')");

        assertThat(cache.pending().all()).extracting(Pending::text).containsExactly("written offline");
        assertThat(cache.conversations().all()).extracting(ConversationSummary::name, ConversationSummary::isGeneral)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("general", false));
        cache.conversations().replaceAll(List.of(summary(ROOM)));
        assertThat(cache.conversations().all()).extracting(ConversationSummary::id).containsExactly(ROOM);
        try (var files = Files.list(folder)) {
            assertThat(files.map(path -> path.getFileName().toString())).noneMatch(name -> name.contains("damaged"));
        }
    }

    @Test
    void aCacheOfTheLayoutBeforeFilesWaitedIsUpgradedKeepingWhatWasWrittenOffline() throws Exception {
        reopenAsLayout(2, PENDING_BEFORE_FILES,
                "INSERT INTO pending VALUES ('c-1', 1, 'written offline', 3, '2026-12-04T10:01:00Z')");

        FileInfo shared = new FileInfo(42, "agenda.pdf", 2048, "ab12");
        cache.pending().add(Pending.file("c-2", ROOM, shared, CLOCK.instant()));

        assertThat(cache.pending().all()).extracting(Pending::text, Pending::replyTo, Pending::file)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("written offline", 3L, null),
                        org.assertj.core.groups.Tuple.tuple(null, null, shared));
    }

    @Test
    void aRefusedMessageIsKeptWithItsProblemAndNoLongerWaits() throws Exception {
        cache.pending().add(new Pending("c-1", ROOM, "far too long", 3L, CLOCK.instant()));
        cache.pending().add(new Pending("c-2", ROOM, "fine", null, CLOCK.instant().plusSeconds(1)));
        cache.pending().add(new Pending("c-3", 99, "elsewhere", null, CLOCK.instant().plusSeconds(2)));

        cache.pending().refuse("c-1", "the text is too long");
        cache.pending().refuse("c-3", "you are not a member");
        cache.close();
        cache = AccountCache.open(folder, CLOCK);

        assertThat(cache.pending().all()).extracting(Pending::clientMsgId).containsExactly("c-2");
        assertThat(cache.pending().refusedIn(ROOM, 10)).singleElement().satisfies(refused -> {
            assertThat(refused.problem()).isEqualTo("the text is too long");
            assertThat(refused.message()).isEqualTo(new Pending("c-1", ROOM, "far too long", 3L, CLOCK.instant()));
        });
        assertThat(cache.pending().refusedCounts()).containsExactly(java.util.Map.entry(ROOM, 1),
                java.util.Map.entry(99L, 1));
    }

    @Test
    void aRefusedMessageTriedAgainWaitsAgainAsItWasWrittenAndOneDiscardedIsGone() {
        Pending answer = new Pending("c-1", ROOM, "again", 3L, CLOCK.instant());
        cache.pending().add(answer);
        cache.pending().add(new Pending("c-2", ROOM, "never mind", null, CLOCK.instant().plusSeconds(1)));
        cache.pending().refuse("c-1", "busy");
        cache.pending().refuse("c-2", "busy");

        // the row shows no quote's id: the cache still has it
        Pending toSend = cache.pending().retry(new Pending("c-1", ROOM, "again", null, CLOCK.instant()));
        cache.pending().remove("c-2");

        assertThat(toSend).isEqualTo(answer);
        assertThat(cache.pending().all()).containsExactly(answer);
        assertThat(cache.pending().refusedIn(ROOM, 10)).isEmpty();
        assertThat(cache.pending().refusedCounts()).isEmpty();
    }

    @Test
    void aRefusedMessageTriedAgainThatTheCacheNoLongerHeldIsKeptAgain() {
        Pending lost = new Pending("c-9", ROOM, "kept again", null, CLOCK.instant());

        assertThat(cache.pending().retry(lost)).isEqualTo(lost);
        assertThat(cache.pending().all()).containsExactly(lost);
    }

    @Test
    void onlyTheNewestRefusedMessagesOfAConversationAreRead() {
        for (int i = 0; i < 5; i++) {
            cache.pending().add(new Pending("c-" + i, ROOM, "m" + i, null, CLOCK.instant().plusSeconds(i)));
            cache.pending().refuse("c-" + i, "no");
        }

        assertThat(cache.pending().refusedIn(ROOM, 3)).extracting(refused -> refused.message().text())
                .containsExactly("m2", "m3", "m4");
        assertThat(cache.pending().refusedCounts()).containsExactly(java.util.Map.entry(ROOM, 5));
    }

    @Test
    void aCacheOfTheLayoutBeforeRefusalsWereKeptIsUpgradedItsMessagesStillWaiting() throws Exception {
        reopenAsLayout(3, PENDING_BEFORE_REFUSALS,
                "INSERT INTO pending VALUES ('c-1', 7, 'written offline', NULL, '2026-12-04T10:01:00Z', NULL)");

        assertThat(cache.pending().all()).extracting(Pending::text).containsExactly("written offline");
        cache.pending().refuse("c-1", "refused after the upgrade");
        assertThat(cache.pending().all()).isEmpty();
        assertThat(cache.pending().refusedIn(ROOM, 10)).extracting(PendingMessages.Refused::problem)
                .containsExactly("refused after the upgrade");
        try (var files = Files.list(folder)) {
            assertThat(files.map(path -> path.getFileName().toString())).noneMatch(name -> name.contains("damaged"));
        }
    }

    @Test
    void signingOutForgetsRefusedMessagesToo() {
        cache.pending().add(new Pending("c-1", ROOM, "refused", null, CLOCK.instant()));
        cache.pending().refuse("c-1", "no");

        cache.pending().removeAll();

        assertThat(cache.pending().refusedCounts()).isEmpty();
    }

    @Test
    void deletingTheAccountsDataLeavesNothing() throws Exception {
        cache.messages().store(List.of(message(1, "mine")));

        cache.closeAndDelete();

        assertThat(folder).doesNotExist();
        cache = AccountCache.open(folder, CLOCK);
    }

    @Test
    void aConversationLeftIsNotSearched() {
        cache.messages().store(List.of(message(1, "left behind")));
        cache.conversations().replaceAll(List.of(summary(99)));

        assertThat(ids("behind")).isEmpty();
    }

    /** Replaces the cache with a file an older client wrote, made by {@code statements}, and opens it. */
    private void reopenAsLayout(int layout, String... statements) throws Exception {
        cache.close();
        Path file = folder.resolve(AccountCache.FILE);
        Files.delete(file);
        try (var older = java.sql.DriverManager.getConnection("jdbc:sqlite:" + file);
             var statement = older.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
            statement.execute("PRAGMA user_version=" + layout);
        }
        cache = AccountCache.open(folder, CLOCK);
    }

    private static ConversationSummary summary(long id) {
        return new ConversationSummary(id, true, "room " + id, "", false, 2, "member",
                Instant.parse("2026-12-04T10:00:00Z"), 0, 0, 0, 0, "mentions", false);
    }

    private List<Long> ids(String query) {
        return cache.search().find(query, null, null, 20).stream().map(SearchHit::id).toList();
    }

    private static Message message(long id, String text) {
        return new Message(id, "alice", "2026-12-04T10:00:00Z", text, "c" + id, null, ROOM);
    }

    private static ConversationEvent event(long id, String kind, long message, String text) {
        return new ConversationEvent(id, ROOM, kind, "alice", null, "2026-12-04T11:00:00Z", null, null, null, null,
                message, text, null, null, List.of("bob"));
    }
}
