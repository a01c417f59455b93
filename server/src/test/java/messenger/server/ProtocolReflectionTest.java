package messenger.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.runtime.annotations.RegisterForReflection;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import messenger.protocol.FileInfo;
import messenger.protocol.Message;
import messenger.protocol.Pushes;
import messenger.protocol.Requests;
import messenger.protocol.Results;
import org.junit.jupiter.api.Test;

/** A record that Gson reads or writes but that is not registered for reflection breaks only the native image. */
class ProtocolReflectionTest {

    @Test
    void everyRecordGsonReadsOrWritesIsRegisteredAndNothingElse() {
        Set<Class<?>> registered =
                Set.of(ProtocolReflection.class.getAnnotation(RegisterForReflection.class).targets());

        assertThat(registered).containsExactlyInAnyOrderElementsOf(recordsOnTheWire());
    }

    @Test
    void recordsInsideOtherRecordsCountToo() {
        assertThat(recordsOnTheWire()).contains(Message.class, FileInfo.class);
    }

    /** The records of Requests, Results and Pushes, and every record their components reach, in lists too. */
    private static Set<Class<?>> recordsOnTheWire() {
        Deque<Type> pending = new ArrayDeque<>();
        for (Class<?> holder : List.of(Requests.class, Results.class, Pushes.class)) {
            pending.addAll(Arrays.asList(holder.getDeclaredClasses()));
        }
        Set<Class<?>> records = new LinkedHashSet<>();
        while (!pending.isEmpty()) {
            Type type = pending.pop();
            if (type instanceof ParameterizedType parameterized) {
                pending.addAll(Arrays.asList(parameterized.getActualTypeArguments()));
            } else if (type instanceof GenericArrayType array) {
                pending.add(array.getGenericComponentType());
            } else if (type instanceof Class<?> array && array.isArray()) {
                pending.add(array.getComponentType());
            } else if (type instanceof Class<?> record && record.isRecord() && records.add(record)) {
                for (RecordComponent component : record.getRecordComponents()) {
                    pending.add(component.getGenericType());
                }
            }
        }
        return records;
    }
}
