package messenger.client;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The model, the chat session and the transfers know nothing of Swing; only the views draw. */
class LayeringTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("messenger.client");

    @Test
    void onlyTheViewsAndTheAppUseSwing() {
        noClasses().that().resideInAnyPackage("messenger.client.model..", "messenger.client.net..",
                        "messenger.client.transfer..")
                .should().dependOnClassesThat().resideInAnyPackage("javax.swing..", "java.awt..",
                        "com.formdev..", "net.miginfocom..", "messenger.client.view..")
                .check(CLASSES);
    }
}
