package messenger.protocol.fuzz;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import messenger.protocol.Requests;

/**
 * A request type of protocol v1 and its body record, found by reflection over {@link Requests} so that a new
 * type is fuzzed without an edit here.
 */
public record RequestType(String name, Class<?> body) {

    public static List<RequestType> all() {
        return Arrays.stream(Requests.class.getDeclaredClasses())
                .filter(Class::isRecord)
                .sorted(Comparator.comparing(Class::getSimpleName))
                .map(body -> new RequestType(typeConstant(body), body))
                .toList();
    }

    public List<RecordComponent> fields() {
        return List.of(body.getRecordComponents());
    }

    private static String typeConstant(Class<?> body) {
        try {
            return (String) body.getField("TYPE").get(null);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(body + " has no TYPE constant", e);
        }
    }
}
