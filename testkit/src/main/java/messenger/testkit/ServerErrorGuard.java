package messenger.testkit;

import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Fails a test during which a server (in this JVM or a {@link ServerProcess}) logged an ERROR line that the
 * test did not declare with {@link ExpectedServerError}. Every INTERNAL reply is such a line (the server logs
 * each one with its stack trace), so no hidden failure passes quietly. Lines logged between tests (while a
 * server starts, or after the previous test) fail the next test, or the class once all its tests have run.
 * Registered for every test of a module that depends on the testkit, by JUnit's extension auto-detection.
 */
public final class ServerErrorGuard implements BeforeEachCallback, AfterEachCallback, AfterAllCallback {

    @Override
    public void beforeEach(ExtensionContext context) {
        ServerErrorLog.listen();
        check(context.getRequiredTestClass(),
                "before this test began (while a server started, or after the previous test)");
    }

    @Override
    public void afterEach(ExtensionContext context) {
        List<String> expected = new ArrayList<>(expectations(context.getRequiredTestMethod()));
        expected.addAll(expectations(context.getRequiredTestClass()));
        fail(unexpected(expected), "during this test");
    }

    @Override
    public void afterAll(ExtensionContext context) {
        check(context.getRequiredTestClass(),
                "after the last test of " + context.getRequiredTestClass().getSimpleName());
    }

    private static void check(Class<?> testClass, String when) {
        fail(unexpected(expectations(testClass)), when);
    }

    private static List<String> unexpected(List<String> expected) {
        return ServerErrorLog.drain().stream()
                .filter(line -> expected.stream().noneMatch(line::contains))
                .toList();
    }

    private static void fail(List<String> unexpected, String when) {
        if (!unexpected.isEmpty()) {
            throw new AssertionError("the server logged ERROR " + when
                    + " (declare it with @ExpectedServerError if the test provokes it):\n  "
                    + String.join("\n  ", unexpected));
        }
    }

    /**
     * The texts of the element's {@link ExpectedServerError}s, found by name: a {@code @QuarkusTest} class is
     * loaded by Quarkus's class loader, so its annotations are of another {@code Class} than this one's.
     */
    private static List<String> expectations(AnnotatedElement element) {
        List<String> texts = new ArrayList<>();
        for (Annotation annotation : element.getAnnotations()) {
            String name = annotation.annotationType().getName();
            if (name.equals(ExpectedServerError.class.getName())) {
                texts.add((String) attribute(annotation));
            } else if (name.equals(ExpectedServerError.List.class.getName())) {
                for (Annotation each : (Annotation[]) attribute(annotation)) {
                    texts.add((String) attribute(each));
                }
            }
        }
        return texts;
    }

    private static Object attribute(Annotation annotation) {
        try {
            return annotation.annotationType().getMethod("value").invoke(annotation);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read " + annotation, e);
        }
    }
}
