package messenger.server.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import messenger.handlers.account.AccountSession;
import messenger.handlers.account.DeviceSessions;
import org.junit.jupiter.api.Test;

/** The module boundaries of docs' architecture, checked on the compiled classes. */
class LayeringTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("messenger.protocol", "messenger.handlers", "messenger.server");

    @Test
    void theProtocolIsPlainJavaAndGson() {
        noClasses().that().resideInAPackage("messenger.protocol..")
                .should().dependOnClassesThat().resideInAnyPackage("io.quarkus..", "io.vertx..", "io.netty..",
                        "jakarta..", "org.hibernate..", "javax.swing..", "java.awt..", "messenger.handlers..",
                        "messenger.server..")
                .check(CLASSES);
    }

    @Test
    void handlersNeverSeeTheTransport() {
        noClasses().that().resideInAPackage("messenger.handlers..")
                .should().dependOnClassesThat().resideInAnyPackage("io.vertx..", "io.netty..", "messenger.server..")
                .check(CLASSES);
    }

    @Test
    void onlyTheAccountHandlersSignConnectionsInOrOut() {
        noClasses().that().resideOutsideOfPackages("messenger.handlers.account..", "messenger.server..")
                .should().dependOnClassesThat().belongToAnyOf(AccountSession.class, DeviceSessions.class)
                .check(CLASSES);
    }

    @Test
    void theHandlerSpiKnowsNoPersistence() {
        noClasses().that().resideInAPackage("messenger.handlers.spi..")
                .should().dependOnClassesThat().resideInAnyPackage("org.hibernate..", "jakarta.persistence..",
                        "io.quarkus.hibernate..")
                .check(CLASSES);
    }

    @Test
    void vertxInternalsAreUsedInOnePlaceOnly() {
        noClasses().that().doNotHaveFullyQualifiedName("messenger.server.transport.VertxInternals")
                .should().dependOnClassesThat().resideInAnyPackage("io.vertx..impl..", "io.netty..")
                .check(CLASSES);
    }
}
