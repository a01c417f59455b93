package messenger.example;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * Registers the echo body for Gson's reflection in a native image. A drop-in handler registers its own
 * records: the server does not know them.
 */
@RegisterForReflection(targets = EchoHandler.Echo.class)
final class EchoReflection {

    private EchoReflection() {
    }
}
