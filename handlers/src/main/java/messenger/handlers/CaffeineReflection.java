package messenger.handlers;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * Caffeine finds the class of a cache's entries by name, which a native image allows only for classes registered
 * at build time. {@code quarkus-caffeine} registers those of the caches Quarkus builds itself, but not
 * {@code PSAMS}, the entry of a size-bounded cache that expires after access ({@link TokenBuckets}'s), nor
 * {@code SSMS} and {@code PSMS}, the cache and entry of one bounded by size only ({@code Logins}').
 */
@RegisterForReflection(classNames = {"com.github.benmanes.caffeine.cache.PSAMS",
        "com.github.benmanes.caffeine.cache.SSMS", "com.github.benmanes.caffeine.cache.PSMS"})
final class CaffeineReflection {

    private CaffeineReflection() {
    }
}
