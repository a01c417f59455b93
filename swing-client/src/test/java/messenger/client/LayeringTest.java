package messenger.client;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.awt.Component;
import org.junit.jupiter.api.Test;

/**
 * Model ← controllers → views: the model knows nothing of Swing or the network; the network and the transfers
 * know neither Swing nor who calls them; views reach the network only through controllers, and controllers
 * reach views only through interfaces of their own. The cache lies below the controllers: it knows the model's
 * records, never Swing, the network or who uses it.
 */
class LayeringTest {

    private static final String[] SWING = {"javax.swing..", "java.awt..", "com.formdev..", "net.miginfocom.."};
    private static final String MODEL = "messenger.client.model..";
    private static final String NET = "messenger.client.net..";
    private static final String TRANSFER = "messenger.client.transfer..";
    private static final String CONTROLLER = "messenger.client.controller..";
    private static final String CACHE = "messenger.client.cache..";
    private static final String VIEW = "messenger.client.view..";

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("messenger.client");

    @Test
    void theModelKnowsNeitherSwingNorTheNetworkNorWhoShowsIt() {
        noClasses().that().resideInAPackage(MODEL)
                .should().dependOnClassesThat().resideInAnyPackage(SWING)
                .orShould().dependOnClassesThat().resideInAnyPackage(NET, TRANSFER, CONTROLLER, VIEW, CACHE)
                .check(CLASSES);
    }

    @Test
    void theCacheKnowsNeitherSwingNorTheNetworkNorWhoUsesIt() {
        noClasses().that().resideInAPackage(CACHE)
                .should().dependOnClassesThat().resideInAnyPackage(SWING)
                .orShould().dependOnClassesThat().resideInAnyPackage(NET, TRANSFER, CONTROLLER, VIEW,
                        "messenger.protocol.client..")
                .check(CLASSES);
    }

    @Test
    void theNetworkAndTheTransfersKnowNeitherSwingNorControllersNorViews() {
        noClasses().that().resideInAnyPackage(NET, TRANSFER)
                .should().dependOnClassesThat().resideInAnyPackage(SWING)
                .orShould().dependOnClassesThat().resideInAnyPackage(CONTROLLER, VIEW)
                .check(CLASSES);
    }

    /** The protocol's exceptions are what a view may explain; its client is only for controllers to drive. */
    @Test
    void viewsReachTheNetworkOnlyThroughControllers() {
        noClasses().that().resideInAPackage(VIEW)
                .should().dependOnClassesThat().resideInAnyPackage(NET, TRANSFER, CACHE)
                .orShould().dependOnClassesThat(resideInAPackage("messenger.protocol.client..")
                        .and(not(assignableTo(Throwable.class))))
                .check(CLASSES);
    }

    @Test
    void controllersKnowNoViewNorAnyComponent() {
        noClasses().that().resideInAPackage(CONTROLLER)
                .should().dependOnClassesThat().resideInAnyPackage(VIEW, "com.formdev..", "net.miginfocom..")
                .orShould().dependOnClassesThat(assignableTo(Component.class))
                .check(CLASSES);
    }
}
