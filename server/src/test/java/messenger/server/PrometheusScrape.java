package messenger.server;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One scrape of a server's {@code /q/metrics} (Prometheus text format), read sample by sample. */
final class PrometheusScrape {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final Pattern SAMPLE = Pattern.compile("^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\\{(.*)})? (\\S+)");
    private static final Pattern LABEL = Pattern.compile("([a-zA-Z_][a-zA-Z0-9_]*)=\"((?:[^\"\\\\]|\\\\.)*)\"");

    private record Sample(String name, Map<String, String> labels, double value) {
    }

    private final List<Sample> samples;

    private PrometheusScrape(List<Sample> samples) {
        this.samples = samples;
    }

    static PrometheusScrape of(int managementPort) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + managementPort + "/q/metrics"))
                .timeout(Duration.ofSeconds(30)).build();
        return parse(HTTP.send(request, HttpResponse.BodyHandlers.ofString()).body());
    }

    static PrometheusScrape parse(String text) {
        return new PrometheusScrape(text.lines().filter(line -> !line.startsWith("#")).map(SAMPLE::matcher)
                .filter(Matcher::find)
                .map(sample -> new Sample(sample.group(1), labels(sample.group(2)), Double.parseDouble(sample.group(3))))
                .toList());
    }

    boolean has(String name) {
        return samples.stream().anyMatch(sample -> sample.name().equals(name));
    }

    /** The value of the one sample of {@code name} with these labels (pairs of name and value), 0 if there is none. */
    double value(String name, String... labels) {
        Map<String, String> wanted = new LinkedHashMap<>();
        for (int i = 0; i < labels.length; i += 2) {
            wanted.put(labels[i], labels[i + 1]);
        }
        List<Sample> matching = samples.stream().filter(sample -> sample.name().equals(name))
                .filter(sample -> sample.labels().entrySet().containsAll(wanted.entrySet())).toList();
        if (matching.size() > 1) {
            throw new IllegalArgumentException(matching.size() + " samples of " + name + " match " + wanted);
        }
        return matching.isEmpty() ? 0 : matching.get(0).value();
    }

    private static Map<String, String> labels(String text) {
        Map<String, String> labels = new LinkedHashMap<>();
        if (text != null) {
            Matcher label = LABEL.matcher(text);
            while (label.find()) {
                labels.put(label.group(1), label.group(2));
            }
        }
        return labels;
    }
}
