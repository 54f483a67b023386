package io.tandem.executor;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The executor's boundaries (style.md): Commons Exec only in executor.exec, only cib as a Tandem import, no clock. */
class ExecutorArchitectureTest {

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.tandem.executor");

    @Test
    void onlyExecTouchesCommonsExec() {
        noClasses().that().resideOutsideOfPackage("io.tandem.executor.exec..")
                .should().dependOnClassesThat().resideInAPackage("org.apache.commons.exec..")
                .check(MAIN);
    }

    @Test
    void importsOnlyCibFromTandem() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("io.tandem.scheduler..", "io.tandem.controller..",
                "io.tandem.attrd..", "io.tandem.membership..", "io.tandem.service..", "io.tandem.ui..", "io.tandem.api..",
                "io.tandem.store..", "io.tandem.crm..", "io.tandem.boot..", "io.tandem.transition..", "io.tandem.rules..")
                .check(MAIN);
    }

    @Test
    void neverReadsTheWallClock() {
        // The benchmark is an entry point, like boot, and may read the clock.
        noClasses().that().doNotHaveSimpleName("ExecutorBench")
                .should().callMethod(java.time.Instant.class, "now")
                .orShould().callMethod(System.class, "currentTimeMillis")
                .orShould().callMethod(java.time.Clock.class, "systemUTC")
                .orShould().callMethod(java.time.Clock.class, "systemDefaultZone")
                .orShould().callMethod(java.time.InstantSource.class, "system")
                .check(MAIN);
    }

    @Test
    void nanoTimeOnlyInsideExec() {
        noClasses().that().resideOutsideOfPackage("io.tandem.executor.exec..").and().doNotHaveSimpleName("ExecutorBench")
                .should().callMethod(System.class, "nanoTime")
                .check(MAIN);
    }
}
