package messenger.bench;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Prints a report as indented text and writes it as JSON. */
final class ReportWriter {

    private static final Gson GSON = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create();

    private ReportWriter() {
    }

    static void print(Report report, PrintStream out) {
        print(report, out, "");
    }

    static void writeJson(Report report, Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Files.writeString(file, toJson(report) + "\n", StandardCharsets.UTF_8);
    }

    static String toJson(Report report) {
        return GSON.toJson(toTree(report));
    }

    private static void print(Report report, PrintStream out, String indent) {
        for (Map.Entry<String, Object> field : report.fields().entrySet()) {
            Object value = field.getValue();
            if (value instanceof Report nested) {
                out.println(indent + field.getKey() + ":");
                print(nested, out, indent + "  ");
            } else if (value instanceof List<?> list) {
                out.println(indent + field.getKey() + ":");
                for (Object item : list) {
                    out.println(indent + "  -");
                    print((Report) item, out, indent + "    ");
                }
            } else {
                out.println(indent + field.getKey() + ": " + value);
            }
        }
    }

    private static JsonElement toTree(Object value) {
        if (value instanceof Report report) {
            JsonObject object = new JsonObject();
            report.fields().forEach((name, field) -> object.add(name, toTree(field)));
            return object;
        }
        if (value instanceof List<?> list) {
            JsonArray array = new JsonArray();
            list.forEach(item -> array.add(toTree(item)));
            return array;
        }
        if (value instanceof Number number) {
            return new JsonPrimitive(number);
        }
        if (value instanceof Boolean bool) {
            return new JsonPrimitive(bool);
        }
        return new JsonPrimitive(String.valueOf(value));
    }
}
