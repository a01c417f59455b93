package messenger.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;

/**
 * Liveness and readiness on the management port. {@link DatabaseOutageTest} shows readiness following the database
 * through an outage.
 */
@QuarkusTest
class HealthTest {

    static final String DATABASE_CHECK = "Database connections health check";
    static final String LISTENER_CHECK = "tcp-listener";
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    // the management URL already ends in its root path, /q
    @TestHTTPResource(value = "/health/live", management = true)
    URI live;

    @TestHTTPResource(value = "/health/ready", management = true)
    URI ready;

    @Test
    void liveAndReadyWhileTheDatabaseAndListenerAreUp() throws Exception {
        assertThat(get(live).statusCode()).isEqualTo(200);
        HttpResponse<String> readiness = get(ready);
        assertThat(readiness.statusCode()).isEqualTo(200);
        assertThat(checks(readiness)).containsEntry(DATABASE_CHECK, "UP").containsEntry(LISTENER_CHECK, "UP");
    }

    static HttpResponse<String> get(URI uri) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Each check's name and status. */
    static Map<String, String> checks(HttpResponse<String> health) {
        JsonObject body = JsonParser.parseString(health.body()).getAsJsonObject();
        return StreamSupport.stream(body.getAsJsonArray("checks").spliterator(), false)
                .map(JsonElement::getAsJsonObject)
                .collect(Collectors.toMap(check -> check.get("name").getAsString(),
                        check -> check.get("status").getAsString()));
    }
}
