package io.tandem.ui;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The dashboard's layering (style.md): ui talks to service and cib only; service knows nothing of Vaadin. */
class LayeringTest {

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.tandem.ui", "io.tandem.service");

    @Test
    void uiDependsOnlyOnServiceCibVaadinAndTheJdk() {
        classes().that().resideInAPackage("io.tandem.ui..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("io.tandem.ui..", "io.tandem.service..",
                        "io.tandem.cib..", "com.vaadin..", "jakarta.servlet..", "java..")
                .check(classes);
    }

    @Test
    void serviceKnowsNoVaadinNorServlets() {
        noClasses().that().resideInAPackage("io.tandem.service..")
                .should().dependOnClassesThat().resideInAnyPackage("com.vaadin..", "jakarta.servlet..", "io.tandem.ui..")
                .check(classes);
    }

    @Test
    void nobodyReadsTheClockExceptTheDemoStandIn() {
        noClasses().that().resideInAnyPackage("io.tandem.ui..", "io.tandem.service..")
                .and().doNotHaveSimpleName("DemoServices")
                .should().callMethod(java.time.Instant.class, "now")
                .orShould().callMethod(System.class, "currentTimeMillis")
                .orShould().callMethod(java.time.InstantSource.class, "system")
                .check(classes);
    }
}
