package messenger.server;

import static messenger.server.RequestErrors.assertError;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import messenger.protocol.Conversation;
import messenger.protocol.ErrorCode;
import messenger.protocol.FileInfo;
import messenger.protocol.Message;
import messenger.protocol.Requests;
import messenger.protocol.Results;
import messenger.protocol.client.MessengerClient;
import messenger.protocol.client.TransferListener;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code search} over TCP: what a person types finds what they mean, pages follow each other, only what the user
 * may read now is found, and the current text of a message is what counts.
 */
@QuarkusTest
class SearchTest {

    private static final Duration INDEXED = Duration.ofSeconds(20);

    @Inject
    TestServer server;

    @TempDir
    Path folder;

    @Test
    void findsWordsOfAnyLengthPrefixesFoldedAccentsTextWithoutSpacesAndFileNames() throws IOException {
        try (TestServer.Device alice = server.newUser("seeker")) {
            long room = alice.client().createRoom("search " + alice.login(), null, Conversation.PRIVATE).id();
            Message hi = alice.client().send(room, "1", "hi there, this is it", null);
            Message ci = alice.client().send(room, "2", "CI is green again", null);
            Message deploy = alice.client().send(room, "3", "the deployment is done", null);
            Message cafe = alice.client().send(room, "4", "meet at the Café de Flore?", null);
            Message chinese = alice.client().send(room, "5", "我在上海工作", null);
            FileInfo report = alice.client().upload(Files.writeString(folder.resolve("q3.txt"), "figures"),
                    "Quarterly-Report.txt", TransferListener.NONE);
            Message file = alice.client().send(room, "6", null, report.id());
            awaitIndexed(alice.client(), room, "quarterly", file.id());

            assertThat(ids(alice.client(), room, "hi")).containsExactly(hi.id());
            assertThat(ids(alice.client(), room, "ci")).containsExactly(ci.id());
            assertThat(ids(alice.client(), room, "deplo")).containsExactly(deploy.id());
            assertThat(ids(alice.client(), room, "THE")).as("no stop words; a prefix of there")
                    .containsExactly(cafe.id(), deploy.id(), hi.id());
            assertThat(ids(alice.client(), room, "上海")).containsExactly(chinese.id());
            assertThat(ids(alice.client(), room, "海上")).as("characters in another order").isEmpty();
            assertThat(ids(alice.client(), room, "\"the deployment\"")).containsExactly(deploy.id());
            assertThat(ids(alice.client(), room, "\"deployment the\"")).isEmpty();

            Results.SearchHit accented = search(alice.client(), new Requests.Search("cafe", room, null, null, null,
                    null, null, null)).hits().get(0);
            assertThat(accented.snippet()).isEqualTo("meet at the Café de Flore?");
            assertThat(accented.ranges()).containsExactly(new Results.Range(12, 16));
            assertThat(tuple(accented.id(), accented.conversation(), accented.from(), accented.in()))
                    .isEqualTo(tuple(cafe.id(), room, alice.login(), Results.SearchHit.IN_TEXT));
            assertThat(accented.at()).isEqualTo(cafe.at());

            Results.SearchHit named = search(alice.client(), new Requests.Search("quarterly report", room, null, null,
                    null, null, null, null)).hits().get(0);
            assertThat(tuple(named.id(), named.in(), named.snippet(), named.ranges(), named.file()))
                    .isEqualTo(tuple(file.id(), Results.SearchHit.IN_FILE, "Quarterly-Report.txt",
                            List.of(new Results.Range(0, 9), new Results.Range(10, 16)), report));
        }
    }

    @Test
    void punctuationSeparatesWordsInsideAWordOrNumberToo() {
        try (TestServer.Device alice = server.newUser("punctuator")) {
            long room = alice.client().createRoom("punctuation " + alice.login(), null, Conversation.PRIVATE).id();
            Message resume = alice.client().send(room, "1", "my Résumé.pdf is attached", null);
            Message log = alice.client().send(room, "2", "see ci.log for it", null);
            Message summer = alice.client().send(room, "3", "depuis l'été dernier", null);
            Message pair = alice.client().send(room, "4", "key foo:bar and snake_case", null);
            Message pi = alice.client().send(room, "5", "pi is 3.14 and a grand 1,000", null);
            awaitIndexed(alice.client(), room, "grand", pi.id());

            assertThat(ids(alice.client(), room, "pdf")).containsExactly(resume.id());
            assertThat(ids(alice.client(), room, "resume.pdf")).containsExactly(resume.id());
            assertThat(ids(alice.client(), room, "log")).containsExactly(log.id());
            assertThat(ids(alice.client(), room, "ete")).containsExactly(summer.id());
            assertThat(ids(alice.client(), room, "l")).containsExactly(summer.id());
            assertThat(ids(alice.client(), room, "bar")).containsExactly(pair.id());
            assertThat(ids(alice.client(), room, "case")).containsExactly(pair.id());
            assertThat(ids(alice.client(), room, "14")).containsExactly(pi.id());
            assertThat(ids(alice.client(), room, "1,000")).containsExactly(pi.id());

            Results.SearchHit hit = search(alice.client(), new Requests.Search("pdf", room, null, null, null, null,
                    null, null)).hits().get(0);
            assertThat(hit.ranges()).containsExactly(new Results.Range(10, 13));
        }
    }

    @Test
    void limitsBySenderAndTimeAndPagesInEitherOrder() {
        try (TestServer.Device alice = server.newUser("pager"); TestServer.Device bob = server.newUser("other")) {
            Conversation room = alice.client().createRoom("pages " + alice.login(), null, Conversation.PUBLIC);
            bob.client().joinRoom(room.id());
            List<Long> sent = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                sent.add(alice.client().send(room.id(), "p" + i, "page item " + "x".repeat(i), null).id());
            }
            Message bobs = bob.client().send(room.id(), "b", "page by bob", null);
            awaitIndexed(alice.client(), room.id(), "bob", bobs.id());

            assertThat(ids(alice.client(), room.id(), "page")).containsExactly(bobs.id(), sent.get(4), sent.get(3),
                    sent.get(2), sent.get(1), sent.get(0));
            assertThat(allPages(alice.client(), new Requests.Search("page", room.id(), alice.login(), null, null,
                    Requests.Search.NEWEST, 2, null))).containsExactly(sent.get(4), sent.get(3), sent.get(2),
                    sent.get(1), sent.get(0));
            assertThat(allPages(alice.client(), new Requests.Search("page item", room.id(), null, null, null,
                    Requests.Search.RELEVANCE, 2, null))).containsExactlyInAnyOrderElementsOf(sent);
            String future = Instant.now().plusSeconds(3600).toString();
            assertThat(allPages(alice.client(), new Requests.Search("page", room.id(), null, future, null, null, 2,
                    null))).isEmpty();
            assertThat(allPages(alice.client(), new Requests.Search("page", room.id(), null, null, future, null, 2,
                    null))).hasSize(6);
        }
    }

    @Test
    void accentsDoNotCountInAnyScriptOrEncoding() {
        try (TestServer.Device alice = server.newUser("accents")) {
            long room = alice.client().createRoom("accents " + alice.login(), null, Conversation.PRIVATE).id();
            Message decomposed = alice.client().send(room, "1", "Cafe\u0301 au lait", null);
            Message greek = alice.client().send(room, "2", "Αθήνα tonight", null);
            Message russian = alice.client().send(room, "3", "ёлка в Москве", null);
            Message bank = alice.client().send(room, "4", "ぎんこうへ行く", null);
            awaitIndexed(alice.client(), room, "行", bank.id());

            assertThat(ids(alice.client(), room, "cafe")).containsExactly(decomposed.id());
            assertThat(ids(alice.client(), room, "café")).containsExactly(decomposed.id());
            assertThat(ids(alice.client(), room, "αθηνα")).containsExactly(greek.id());
            assertThat(ids(alice.client(), room, "ΑΘΗΝΑ")).containsExactly(greek.id());
            assertThat(ids(alice.client(), room, "елка")).containsExactly(russian.id());
            assertThat(ids(alice.client(), room, "きんこう")).as("a voicing mark makes another letter").isEmpty();
            assertThat(search(alice.client(), new Requests.Search("cafe", room, null, null, null, null, null, null))
                    .hits().get(0).ranges()).containsExactly(new Results.Range(0, 5));
        }
    }

    @Test
    void katakanaAndThaiAreSearchedACharacterAtATime() {
        try (TestServer.Device alice = server.newUser("scripts")) {
            long room = alice.client().createRoom("scripts " + alice.login(), null, Conversation.PRIVATE).id();
            Message katakana = alice.client().send(room, "1", "データベースを更新した", null);
            Message thai = alice.client().send(room, "2", "ภาษาไทยง่ายนิดเดียว", null);
            awaitIndexed(alice.client(), room, "ภาษา", thai.id());

            assertThat(ids(alice.client(), room, "ベース")).containsExactly(katakana.id());
            assertThat(ids(alice.client(), room, "スーベ")).as("characters in another order").isEmpty();
            assertThat(ids(alice.client(), room, "ไทย")).containsExactly(thai.id());
            assertThat(ids(alice.client(), room, "ง่าย")).as("a tone mark with its letter").containsExactly(thai.id());
            assertThat(ids(alice.client(), room, "งาย")).as("without the tone mark").isEmpty();
            assertThat(search(alice.client(), new Requests.Search("タベ", room, null, null, null, null, null, null))
                    .hits().get(0).ranges()).containsExactly(new Results.Range(2, 4));
        }
    }

    @Test
    void relevanceTellsNothingOfOtherConversations() {
        String first = uniqueWord();
        String second = uniqueWord();
        try (TestServer.Device alice = server.newUser("ranker"); TestServer.Device bob = server.newUser("crowd")) {
            long room = alice.client().createRoom("ranks " + alice.login(), null, Conversation.PRIVATE).id();
            long bobs = bob.client().createRoom("crowd " + bob.login(), null, Conversation.PRIVATE).id();
            Message firstWhole = alice.client().send(room, "f", first + " " + second + "s", null);
            Message secondWhole = alice.client().send(room, "s", first + "s " + second, null);
            awaitIndexed(alice.client(), room, second, secondWhole.id());
            Requests.Search best = new Requests.Search(first + " " + second, room, null, null, null,
                    Requests.Search.RELEVANCE, 1, null);
            Results.SearchPage before = search(alice.client(), best);

            Message last = null;
            for (int i = 0; i < 3; i++) {
                last = bob.client().send(bobs, "c" + i, second + " in another room", null);
            }
            awaitIndexed(bob.client(), bobs, second, last.id());

            assertThat(search(alice.client(), best).next()).as("how many messages elsewhere hold a word")
                    .isEqualTo(before.next());
            assertThat(allPages(alice.client(), best)).as("one word whole and one a prefix each: a tie, newest first")
                    .containsExactly(secondWhole.id(), firstWhole.id());
        }
    }

    @Test
    void relevancePagesNeitherSkipNorRepeatWhenMessagesAreIndexedBetweenThem() {
        String word = uniqueWord();
        try (TestServer.Device alice = server.newUser("reader"); TestServer.Device bob = server.newUser("writer")) {
            long room = alice.client().createRoom("ranked " + alice.login(), null, Conversation.PRIVATE).id();
            long bobs = bob.client().createRoom("meanwhile " + bob.login(), null, Conversation.PRIVATE).id();
            List<Long> whole = new ArrayList<>();
            List<Long> prefixed = new ArrayList<>();
            Message sent = null;
            for (int i = 0; i < 6; i++) {
                boolean asWord = i % 2 == 0;
                sent = alice.client().send(room, "r" + i, asWord ? word + " said" : word + "ing said", null);
                (asWord ? whole : prefixed).add(0, sent.id());
            }
            awaitIndexed(alice.client(), room, word, sent.id());
            Requests.Search search = new Requests.Search(word, room, null, null, null, Requests.Search.RELEVANCE, 2,
                    null);
            Results.SearchPage first = search(alice.client(), search);
            List<Long> found = new ArrayList<>(first.hits().stream().map(Results.SearchHit::id).toList());

            Message meanwhile = bob.client().send(bobs, "m", word + " meanwhile", null);
            awaitIndexed(bob.client(), bobs, word, meanwhile.id());
            found.addAll(allPages(alice.client(), new Requests.Search(word, room, null, null, null,
                    Requests.Search.RELEVANCE, 2, first.next())));

            List<Long> expected = new ArrayList<>(whole);
            expected.addAll(prefixed);
            assertThat(found).as("whole words first, then prefixes, newest first in each").isEqualTo(expected);
        }
    }

    @Test
    void neverFindsWhatTheUserMayNotReadIncludingAfterLeaving() {
        String secret = "s" + UUID.randomUUID().toString().replace("-", "");
        try (TestServer.Device alice = server.newUser("keeper"); TestServer.Device bob = server.newUser("outsider")) {
            long closed = alice.client().createRoom("closed " + alice.login(), null, Conversation.PRIVATE).id();
            Conversation open = alice.client().createRoom("open " + alice.login(), null, Conversation.PUBLIC);
            bob.client().joinRoom(open.id());
            Message hidden = alice.client().send(closed, "h", "the " + secret + " plan", null);
            Message shared = alice.client().send(open.id(), "s", "the " + secret + " meeting", null);
            awaitIndexed(alice.client(), open.id(), secret, shared.id());
            assertThat(ids(alice.client(), null, secret)).containsExactly(shared.id(), hidden.id());

            assertThat(ids(bob.client(), null, secret)).containsExactly(shared.id());
            assertError(() -> ids(bob.client(), closed, secret), ErrorCode.NOT_FOUND);
            bob.client().leave(open.id());
            assertThat(ids(bob.client(), null, secret)).isEmpty();
            assertError(() -> ids(bob.client(), open.id(), secret), ErrorCode.FORBIDDEN);
        }
    }

    @Test
    void findsAnEditedMessageByItsNewTextOnlyAndADeletedOneNever() {
        try (TestServer.Device alice = server.newUser("editor")) {
            long room = alice.client().createRoom("edits " + alice.login(), null, Conversation.PRIVATE).id();
            Message edited = alice.client().send(room, "e", "original wording", null);
            Message deleted = alice.client().send(room, "d", "soon removed wording", null);
            awaitIndexed(alice.client(), room, "removed", deleted.id());

            alice.client().editMessage(edited.id(), "changed phrasing");
            alice.client().deleteMessage(deleted.id());
            assertThat(ids(alice.client(), room, "wording")).as("before the index sees the changes").isEmpty();
            await().atMost(INDEXED).untilAsserted(() ->
                    assertThat(ids(alice.client(), room, "phrasing")).containsExactly(edited.id()));
            Message marker = alice.client().send(room, "m", "marker", null);
            awaitIndexed(alice.client(), room, "marker", marker.id());
            assertThat(ids(alice.client(), room, "original")).isEmpty();
            assertThat(ids(alice.client(), room, "removed")).isEmpty();
        }
    }

    @Test
    void badSearchesAreBadRequests() {
        try (TestServer.Device alice = server.newUser("careless")) {
            MessengerClient client = alice.client();
            for (Requests.Search bad : List.of(new Requests.Search(""), new Requests.Search("  "),
                    new Requests.Search("!?…"), new Requests.Search("x".repeat(Requests.Search.QUERY_MAX_CHARS + 1)),
                    new Requests.Search("a b c d e f g h i j k l m n o p q r s t u v w x y z 1 2 3 4 5 6 7"),
                    new Requests.Search(null, null, null, null, null, null, null, null),
                    new Requests.Search("hi", 0L, null, null, null, null, null, null),
                    new Requests.Search("hi", null, null, "yesterday", null, null, null, null),
                    new Requests.Search("hi", null, null, null, null, "oldest", null, null),
                    new Requests.Search("hi", null, null, null, null, null, 0, null),
                    new Requests.Search("hi", null, null, null, null, null, Requests.Search.MAX_LIMIT + 1, null),
                    new Requests.Search("hi", null, null, null, null, null, null, "n"),
                    new Requests.Search("hi", null, null, null, null, Requests.Search.RELEVANCE, null, "n12"),
                    new Requests.Search("hi", null, null, null, null, null, null, "nope"))) {
                assertError(() -> client.search(bad), ErrorCode.BAD_REQUEST);
            }
            assertError(() -> client.search(new Requests.Search("hi", null, "no such user " + alice.login(), null,
                    null, null, null, null)), ErrorCode.NOT_FOUND);
        }
    }

    /** A word no earlier message holds, nor any as the start of a longer word: the test database outlives a run. */
    private static String uniqueWord() {
        return "w" + UUID.randomUUID().toString().replace("-", "");
    }

    /** Waits until {@code word} finds the message: the index has caught up with it and every message before. */
    private static void awaitIndexed(MessengerClient client, long conversation, String word, long messageId) {
        await().atMost(INDEXED).until(() -> ids(client, conversation, word).contains(messageId));
    }

    private static Results.SearchPage search(MessengerClient client, Requests.Search search) {
        return client.search(search);
    }

    private static List<Long> ids(MessengerClient client, Long conversation, String query) {
        return allPages(client, new Requests.Search(query, conversation, null, null, null, null, null, null));
    }

    private static List<Long> allPages(MessengerClient client, Requests.Search first) {
        List<Long> ids = new ArrayList<>();
        Requests.Search search = first;
        while (true) {
            Results.SearchPage page = client.search(search);
            page.hits().forEach(hit -> ids.add(hit.id()));
            if (page.next() == null) {
                return ids;
            }
            search = new Requests.Search(search.query(), search.conversation(), search.sender(), search.since(),
                    search.until(), search.order(), search.limit(), page.next());
        }
    }
}
