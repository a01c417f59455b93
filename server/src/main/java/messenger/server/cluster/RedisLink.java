package messenger.server.cluster;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.redis.client.Command;
import io.vertx.redis.client.Redis;
import io.vertx.redis.client.RedisConnection;
import io.vertx.redis.client.RedisOptions;
import io.vertx.redis.client.Request;
import io.vertx.redis.client.Response;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Supplier;
import messenger.protocol.Frame;
import messenger.protocol.Presence;
import messenger.protocol.Timestamps;
import messenger.server.hub.SubscriberHub;
import org.jboss.logging.Logger;

/**
 * This server's line to the others through Redis pub/sub, which is only a doorbell: {@code messenger:log} rings
 * when something was committed (the log itself is read from the database, see {@link LogTail}), and
 * {@code messenger:signal} carries what is never stored (typing), and {@code messenger:presence} each user's
 * presence across the servers (see {@link PresenceScripts}; a server's heartbeat key expiring takes its users
 * away), {@code messenger:sign-out} the devices revoked by a {@code logout}, and {@code messenger:to:<server>} what
 * one server tells another alone (searches asked of the server that keeps the index, see
 * {@link ClusterSearchIndex}). When Redis is down or frozen the servers go on serving; the log still arrives by
 * polling, signals of other servers are lost meanwhile, and the link tries again with a growing pause until Redis
 * answers.
 */
final class RedisLink {

    private static final Logger LOG = Logger.getLogger(RedisLink.class);
    static final String LOG_CHANNEL = "messenger:log";
    static final String SIGNAL_CHANNEL = "messenger:signal";
    static final String SIGN_OUT_CHANNEL = "messenger:sign-out";
    private static final String DIRECT_CHANNEL = "messenger:to:";
    private static final String SERVERS = "messenger:servers";
    private static final String SERVER_KEY = "messenger:server:";
    private static final long PING_EVERY_MILLIS = 1_000;
    /** Without an answer to a ping for this long, Redis counts as unreachable. */
    private static final long UNREACHABLE_AFTER_MILLIS = 3_000;
    private static final long MAX_RETRY_MILLIS = 5_000;
    private static final long CLOSE_WAIT_MILLIS = 1_000;
    /**
     * A subscription that hears not even this server's own probes (one per heartbeat) for this long is taken for
     * dead: a connection whose peer vanished without closing it (a router's idle timeout, a failover) stays open
     * and silent, and nothing else would notice.
     */
    private static final long DEAF_AFTER_MILLIS = 10_000;
    private static final String PROBE = "probe";
    /** Starts what {@link PresenceScripts#SNAPSHOT} tells a server on its own channel. */
    private static final String SNAPSHOT_PREFIX = "presence ";
    private static final long RENEW_COMMANDS_AFTER_MILLIS = 10_000;
    private static final long PRESENCE_AGAIN_MILLIS = 2_000;

    /** Heartbeats renew this server's key this often; a server whose key expired is gone. */
    private static final long HEARTBEAT_MILLIS = 3_000;
    private static final long HEARTBEAT_EXPIRY_MILLIS = 10_000;

    private final String origin = UUID.randomUUID().toString();
    private final Vertx vertx;
    /** For the subscription only: a subscribed connection takes no other commands. */
    private final Redis subscriber;
    /** One connection, so that commands (presence changes above all) reach Redis in the order they were sent. */
    private volatile Redis client;
    private final String url;
    /** When the command connection in use was opened: a time of silence is counted from here at the earliest. */
    private volatile long commandsOpenedAt;
    private final LogTail tail;
    private final SubscriberHub hub;
    private final Supplier<Map<Long, Presence>> presentHere;
    private final SignOutsFromElsewhere signOuts;
    private final Consumer<String> toldHere;
    private final PresenceToldLocally toldLocally;
    private final PresenceShownHere shown;
    /** Records when a user was seen last, for the users of a server that died. */
    private final BiConsumer<Long, Instant> seenLast;
    /** Answers on the connection for commands only: the subscription may be heard while that one is silent. */
    private final AtomicLong lastPong = new AtomicLong();
    private final AtomicLong lastHeard = new AtomicLong();
    private volatile RedisConnection subscription;
    private volatile boolean closed;
    private long retryMillis = 100;
    private long pinger;
    private long heartbeat;

    RedisLink(Vertx vertx, String url, LogTail tail, SubscriberHub hub, Supplier<Map<Long, Presence>> presentHere,
              SignOutsFromElsewhere signOuts, Consumer<String> toldHere, PresenceToldLocally toldLocally,
              PresenceShownHere shown, BiConsumer<Long, Instant> seenLast) {
        this.vertx = vertx;
        // named apart: two clients of one name registered the same pool gauges, and Micrometer warned at start-up
        this.subscriber = Redis.createClient(vertx, new RedisOptions().setConnectionString(url)
                .setMetricsName("messenger-subscriber"));
        this.url = url;
        this.client = commandClient();
        this.tail = tail;
        this.hub = hub;
        this.presentHere = presentHere;
        this.signOuts = signOuts;
        this.toldHere = toldHere;
        this.toldLocally = toldLocally;
        this.shown = shown;
        this.seenLast = seenLast;
    }

    private Redis commandClient() {
        commandsOpenedAt = System.currentTimeMillis();
        return Redis.createClient(vertx, new RedisOptions().setConnectionString(url).setMaxPoolSize(1)
                .setMaxPoolWaiting(1_024).setMaxWaitingHandlers(1_024).setMetricsName("messenger-commands"));
    }

    void open() {
        subscribe();
        pinger = vertx.setPeriodic(PING_EVERY_MILLIS, id -> {
            renewSilentCommandConnection();
            client.send(Request.cmd(Command.PING)).onSuccess(pong -> answered());
        });
        heartbeat = vertx.setPeriodic(HEARTBEAT_MILLIS, id -> beat());
    }

    void close() {
        closed = true;
        vertx.cancelTimer(pinger);
        vertx.cancelTimer(heartbeat);
        // gone at once, as the others would forget it once its heartbeat expired: its users offline, unless elsewhere
        await(client.send(Request.cmd(Command.DEL).arg(SERVER_KEY + origin))
                .compose(deleted -> client.send(eval(PresenceScripts.FORGET_SERVER, origin, now()))),
                CLOSE_WAIT_MILLIS);
        RedisConnection current = subscription;
        if (current != null) {
            current.close();
        }
        client.close();
        subscriber.close();
    }

    /** This server's name in the cluster, for as long as it runs. */
    String origin() {
        return origin;
    }

    /**
     * A command connection whose Redis vanished without closing it would wait for answers until the operating
     * system gives up on it (about 15 minutes on Linux); after {@link #RENEW_COMMANDS_AFTER_MILLIS} of silence a
     * new one is opened instead, and what waited on the old one fails (callers carry on without Redis).
     */
    private void renewSilentCommandConnection() {
        long now = System.currentTimeMillis();
        if (now - Math.max(lastPong.get(), commandsOpenedAt) <= RENEW_COMMANDS_AFTER_MILLIS) {
            return;
        }
        LOG.warnf("cluster: no answer from Redis for %d s; opening a new connection for commands",
                RENEW_COMMANDS_AFTER_MILLIS / 1000);
        Redis silent = client;
        client = commandClient();
        silent.close();
    }

    /**
     * Whether Redis answers commands lately and this server is subscribed; when not, the cluster runs on polling
     * alone. Only the connection for commands counts: limits, presence and search go through it, and the
     * subscription may still hear the others while it is silent.
     */
    boolean reachable() {
        return subscription != null && System.currentTimeMillis() - lastPong.get() < UNREACHABLE_AFTER_MILLIS;
    }

    /**
     * Redis answered a ping. After a time without answers (Redis away or frozen, or a connection for commands
     * that went silent and was renewed) presence changes here were told only here, and the others may have
     * forgotten this server's users as its heartbeat lapsed: this server's presence in Redis is written again as
     * it is now, after its heartbeat (else another server that missed it could forget this one's users right
     * after), and once more a moment later, since commands sent before a renewed connection may reach Redis after
     * those of the new one. The subscription was as silent as Redis: it gets a new while to hear the heartbeat's
     * probe before it counts as deaf, rather than being dropped as it comes back.
     */
    private void answered() {
        long now = System.currentTimeMillis();
        if (now - lastPong.getAndSet(now) >= UNREACHABLE_AFTER_MILLIS) {
            lastHeard.set(now);
            beat();
            writePresenceAgain();
            vertx.setTimer(PRESENCE_AGAIN_MILLIS, id -> writePresenceAgain());
        }
    }

    private void writePresenceAgain() {
        List<String> arguments = new ArrayList<>(List.of(origin, now()));
        presentHere.get().forEach((user, presence) -> {
            arguments.add(String.valueOf(user));
            arguments.add(presence.status());
            arguments.add(presence.login());
        });
        client.send(eval(PresenceScripts.REPLACE_SERVER, arguments.toArray(String[]::new)))
                .onSuccess(replaced -> toldLocally.forEach((user, login) ->
                        client.send(eval(PresenceScripts.TELL, String.valueOf(user), login, now()))
                                .onSuccess(told -> toldLocally.settled(user, login))));
    }

    void ringOthers() {
        client.send(Request.cmd(Command.PUBLISH).arg(LOG_CHANNEL).arg(origin));
    }

    /** Tells one server {@code payload}; completes with whether that server was listening. */
    Future<Boolean> tell(String server, String payload) {
        return client.send(Request.cmd(Command.PUBLISH).arg(DIRECT_CHANNEL + server).arg(payload))
                .map(receivers -> receivers.toLong() > 0);
    }

    /** Tells the other servers to sign out their connections of a revoked device. */
    void signOutElsewhere(long deviceId) {
        client.send(Request.cmd(Command.PUBLISH).arg(SIGN_OUT_CHANNEL).arg(origin + " " + deviceId));
    }

    void signalOthers(Frame frame, Set<Long> userIds, Long exceptUserId) {
        JsonObject signal = new JsonObject();
        signal.addProperty("origin", origin);
        signal.add("frame", frame.header());
        if (userIds != null) {
            JsonArray users = new JsonArray();
            userIds.forEach(users::add);
            signal.add("users", users);
        }
        if (exceptUserId != null) {
            signal.addProperty("except", exceptUserId);
        }
        client.send(Request.cmd(Command.PUBLISH).arg(SIGNAL_CHANNEL).arg(signal.toString()));
    }

    /** Sets this server's view of a user's presence; the script tells everyone when the user's presence changed. */
    Future<Response> updatePresence(long userId, Presence here) {
        return client.send(eval(PresenceScripts.UPDATE, origin, here.status(), here.login(), now(),
                String.valueOf(userId)));
    }

    /** The users' presence across every server, in the order asked: one script, one round trip. */
    Future<List<String>> presenceOf(List<Long> userIds) {
        return client.send(eval(PresenceScripts.STATUSES, userIds.stream().map(String::valueOf).toArray(String[]::new)))
                .map(statuses -> statuses.stream().map(Response::toString).toList());
    }

    /**
     * Waits at most {@code timeoutMillis} for an answer, for a caller on a worker thread that can do without it:
     * empty when Redis failed, took longer, answered nothing, or the wait was interrupted.
     */
    static <T> Optional<T> await(Future<T> answer, long timeoutMillis) {
        try {
            return Optional.ofNullable(answer.toCompletionStage().toCompletableFuture()
                    .get(timeoutMillis, TimeUnit.MILLISECONDS));
        } catch (ExecutionException | TimeoutException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    /** Runs a script on one key with numbers or strings as arguments; its answer is a number. */
    Future<Long> evalNumber(String script, String key, Object... arguments) {
        return evalOnKey(script, key, arguments).map(Response::toLong);
    }

    /** Runs a script on one key with numbers or strings as arguments; its answer is a string. */
    Future<String> evalString(String script, String key, Object... arguments) {
        return evalOnKey(script, key, arguments).map(Response::toString);
    }

    private Future<Response> evalOnKey(String script, String key, Object... arguments) {
        Request request = Request.cmd(Command.EVAL).arg(script).arg(1).arg(key);
        for (Object argument : arguments) {
            request.arg(String.valueOf(argument));
        }
        return client.send(request);
    }

    /** A name for one of this server's connections, unique across the cluster. */
    String member(long connection) {
        return origin + ":" + connection;
    }

    void removeFromSet(String key, String member) {
        client.send(Request.cmd(Command.ZREM).arg(key).arg(member));
    }

    /**
     * Renews this server's heartbeat, and takes away the users of servers whose heartbeat expired; probes the
     * subscription, and subscribes again when it heard nothing for too long while Redis answers.
     */
    private void beat() {
        RedisConnection current = subscription;
        if (current != null && reachable() && System.currentTimeMillis() - lastHeard.get() > DEAF_AFTER_MILLIS) {
            LOG.warnf("cluster: the subscription to Redis heard nothing for %d s; subscribing again",
                    DEAF_AFTER_MILLIS / 1000);
            lost(current, "the subscription went silent");
        }
        client.send(Request.cmd(Command.PUBLISH).arg(DIRECT_CHANNEL + origin).arg(PROBE));
        client.send(Request.cmd(Command.SET).arg(SERVER_KEY + origin).arg("1").arg("PX").arg(HEARTBEAT_EXPIRY_MILLIS))
                .compose(set -> client.send(Request.cmd(Command.SADD).arg(SERVERS).arg(origin)))
                .compose(added -> client.send(Request.cmd(Command.SMEMBERS).arg(SERVERS)))
                .onSuccess(servers -> servers.forEach(server -> {
                    if (!origin.equals(server.toString())) {
                        Instant at = Instant.now().truncatedTo(ChronoUnit.MILLIS);
                        client.send(eval(PresenceScripts.FORGET_SERVER, server.toString(), Timestamps.format(at)))
                                .onSuccess(gone -> gone.forEach(user -> seenLast.accept(user.toLong(), at)));
                    }
                }));
    }

    private static Request eval(String script, String... arguments) {
        Request request = Request.cmd(Command.EVAL).arg(script).arg(0);
        for (String argument : arguments) {
            request.arg(argument);
        }
        return request;
    }

    private static String now() {
        return Timestamps.format(Instant.now().truncatedTo(ChronoUnit.MILLIS));
    }

    private void subscribe() {
        if (closed) {
            return;
        }
        subscriber.connect().onSuccess(connection -> {
            // silence counts from the connection on, so one that never confirms the subscription is made again too
            lastHeard.set(System.currentTimeMillis());
            subscription = connection;
            connection.handler(this::onPush);
            connection.exceptionHandler(error -> lost(connection, error.toString()));
            connection.endHandler(ended -> lost(connection, "connection closed"));
            connection.send(Request.cmd(Command.SUBSCRIBE).arg(LOG_CHANNEL).arg(SIGNAL_CHANNEL)
                            .arg(PresenceScripts.CHANNEL).arg(SIGN_OUT_CHANNEL).arg(DIRECT_CHANNEL + origin))
                    .onSuccess(subscribed -> {
                        retryMillis = 100;
                        LOG.infof("cluster: subscribed to Redis");
                        // whatever rang while nobody listened, and who is here, in case Redis lost it
                        tail.ring();
                        beat();
                        writePresenceAgain();
                        // presence changes published while nobody listened here reach nobody later; after the
                        // above on the same connection, so it includes this server's own users
                        client.send(eval(PresenceScripts.SNAPSHOT, DIRECT_CHANNEL + origin, SNAPSHOT_PREFIX));
                        signOuts.findMissed();
                    })
                    .onFailure(error -> lost(connection, error.toString()));
        }).onFailure(error -> retryLater(error.toString()));
    }

    /** Synchronized: called from the subscription's event loop and from the heartbeat's, which may differ. */
    private synchronized void lost(RedisConnection connection, String why) {
        if (subscription != connection) {
            return;
        }
        subscription = null;
        connection.close();
        retryLater(why);
    }

    private void retryLater(String why) {
        if (closed) {
            return;
        }
        LOG.warnf("cluster: Redis unreachable (%s); reading the log every poll interval, next try in %s", why,
                Duration.ofMillis(retryMillis));
        vertx.setTimer(retryMillis, id -> subscribe());
        retryMillis = Math.min(retryMillis * 2, MAX_RETRY_MILLIS);
    }

    private void onPush(Response push) {
        if (push.size() < 3 || !"message".equals(push.get(0).toString())) {
            return;
        }
        lastHeard.set(System.currentTimeMillis());
        String channel = push.get(1).toString();
        String payload = push.get(2).toString();
        if (LOG_CHANNEL.equals(channel)) {
            if (!origin.equals(payload)) {
                tail.ring();
            }
        } else if (SIGNAL_CHANNEL.equals(channel)) {
            relaySignal(payload);
        } else if (SIGN_OUT_CHANNEL.equals(channel)) {
            String[] originAndDevice = payload.split(" ");
            if (!origin.equals(originAndDevice[0])) {
                signOuts.told(Long.parseLong(originAndDevice[1]));
            }
        } else if (channel.startsWith(DIRECT_CHANNEL)) {
            if (payload.startsWith(SNAPSHOT_PREFIX)) {
                shown.correct(payload.substring(SNAPSHOT_PREFIX.length()), now());
            } else if (!PROBE.equals(payload)) {
                toldHere.accept(payload);
            }
        } else if (PresenceScripts.CHANNEL.equals(channel)) {
            JsonObject told = JsonParser.parseString(payload).getAsJsonObject();
            String status = told.get("status").getAsString();
            shown.tell(new Presence(told.get("login").getAsString(), status,
                    Presence.OFFLINE.equals(status) ? told.get("at").getAsString() : null));
        }
    }

    private void relaySignal(String payload) {
        JsonObject signal = JsonParser.parseString(payload).getAsJsonObject();
        if (origin.equals(signal.get("origin").getAsString())) {
            return;
        }
        Set<Long> users = null;
        if (signal.has("users")) {
            users = new HashSet<>();
            for (JsonElement user : signal.getAsJsonArray("users")) {
                users.add(user.getAsLong());
            }
        }
        Long except = signal.has("except") ? signal.get("except").getAsLong() : null;
        hub.signal(new Frame(signal.getAsJsonObject("frame")), users, except);
    }
}
