package messenger.testkit;

import java.lang.reflect.Method;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Makes Awaitility look at a condition at once and then every {@value #INTERVAL_MILLIS} ms instead of first
 * sleeping its default 100 ms: most conditions the tests await hold within milliseconds, and the 100 ms sleeps
 * added up to a tenth of the server module's test time and a quarter of a GUI test's. A look is cheap (a local
 * query or a question to the event thread). A test that asks for another interval keeps it.
 *
 * <p>Set through the test class's own class loader: under {@code @QuarkusTest} that is Quarkus's, whose
 * Awaitility is not the one this class would see; a module without Awaitility is left alone. Registered for
 * every test class of a module that depends on the testkit, by JUnit's extension auto-detection.
 */
public final class QuickPolling implements BeforeAllCallback {

    private static final long INTERVAL_MILLIS = 10;

    @Override
    public void beforeAll(ExtensionContext context) throws ReflectiveOperationException {
        Class<?> awaitility;
        try {
            awaitility = Class.forName("org.awaitility.Awaitility", true,
                    context.getRequiredTestClass().getClassLoader());
        } catch (ClassNotFoundException notUsedHere) {
            return;
        }
        Method delay = awaitility.getMethod("setDefaultPollDelay", long.class, TimeUnit.class);
        Method interval = awaitility.getMethod("setDefaultPollInterval", long.class, TimeUnit.class);
        delay.invoke(null, 0L, TimeUnit.MILLISECONDS);
        interval.invoke(null, INTERVAL_MILLIS, TimeUnit.MILLISECONDS);
    }
}
