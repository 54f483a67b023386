package io.tandem.membership;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The package rules of style.md for membership: JGroups only in membership.jgroups, and only cib above it. */
class MembershipArchitectureTest {
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.tandem.membership");

    @Test
    void onlyTheAdapterImportsJGroups() {
        noClasses().that().resideOutsideOfPackage("io.tandem.membership.jgroups..")
                .should().dependOnClassesThat().resideInAPackage("org.jgroups..")
                .check(CLASSES);
    }

    @Test
    void membershipDependsOnNoOtherTandemPackageButCib() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage(
                        "io.tandem.rules..", "io.tandem.scheduler..", "io.tandem.transition..", "io.tandem.crm..",
                        "io.tandem.executor..", "io.tandem.attrd..", "io.tandem.controller..", "io.tandem.store..",
                        "io.tandem.service..", "io.tandem.ui..", "io.tandem.api..", "io.tandem.cli..", "io.tandem.boot..")
                .check(CLASSES);
    }

    @Test
    void theCoreNeverReadsTheWallClock() {
        noClasses().that().resideInAPackage("io.tandem.membership..")
                .should().callMethod(java.time.Instant.class, "now")
                .orShould().callMethod(System.class, "currentTimeMillis")
                .check(CLASSES);
    }
}
