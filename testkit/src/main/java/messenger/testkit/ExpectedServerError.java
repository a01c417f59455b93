package messenger.testkit;

import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares an ERROR log line of the server that this test provokes on purpose: {@link ServerErrorGuard} then
 * lets lines containing {@link #value()} pass (at least one must appear) and still fails on any other.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
@Repeatable(ExpectedServerError.List.class)
public @interface ExpectedServerError {

    /** Text the logged line (message or exception) contains. */
    String value();

    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.METHOD, ElementType.TYPE})
    @interface List {
        ExpectedServerError[] value();
    }
}
