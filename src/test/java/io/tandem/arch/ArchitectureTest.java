package io.tandem.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The import rules of style.md's layout table, checked on the compiled main classes. A package may use
 * the JDK, itself, the packages listed for it, and the libraries named here. Rules on packages that are
 * still empty pass vacuously, so each rule is in force from the first class on.
 */
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.tandem");
    }

    private static final String[] JDK = {"java..", "javax..", "jdk..", "org.w3c..", "org.xml.."};
    private static final String[] DOMAIN = {"cib", "rules", "scheduler", "transition", "crm", "executor", "attrd",
        "membership", "controller", "store"};

    /** Classes in {@code pkg} (and its subpackages) may only depend on the JDK, the given packages and libraries. */
    private static ArchRule onlyUses(String pkg, String[] tandemPackages, String... libraries) {
        List<String> allowed = new ArrayList<>(List.of(JDK));
        allowed.add("io.tandem." + pkg + "..");
        for (String p : tandemPackages) {
            allowed.add("io.tandem." + p + "..");
        }
        allowed.addAll(List.of(libraries));
        return classes().that().resideInAPackage("io.tandem." + pkg + "..")
                .should().onlyDependOnClassesThat().resideInAnyPackage(allowed.toArray(String[]::new))
                .allowEmptyShould(true)
                .because(pkg + " may import only " + String.join(", ", tandemPackages) + " " + String.join(", ", libraries));
    }

    private static String[] pkgs(String... p) {
        return p;
    }

    @Test
    void cibUsesOnlyTheJdk() {
        onlyUses("cib", pkgs()).check(classes);
    }

    @Test
    void rulesUsesCib() {
        onlyUses("rules", pkgs("cib")).check(classes);
    }

    @Test
    void schedulerIsPure() {
        onlyUses("scheduler", pkgs("cib", "rules", "transition")).check(classes);
    }

    @Test
    void transitionUsesCib() {
        onlyUses("transition", pkgs("cib")).check(classes);
    }

    @Test
    void crmUsesTheEngines() {
        onlyUses("crm", pkgs("cib", "rules", "scheduler", "transition")).check(classes);
    }

    @Test
    void executorUsesCibAndOnlyExecutorExecUsesCommonsExec() {
        onlyUses("executor", pkgs("cib"), "org.apache.commons.exec..").check(classes);
        noClasses().that().resideInAPackage("io.tandem..").and().resideOutsideOfPackage("io.tandem.executor.exec..")
                .should().dependOnClassesThat().resideInAPackage("org.apache.commons.exec..")
                .allowEmptyShould(true).check(classes);
    }

    @Test
    void attrdUsesCibAndMembership() {
        onlyUses("attrd", pkgs("cib", "membership")).check(classes);
    }

    @Test
    void membershipUsesCibAndOnlyMembershipJgroupsUsesJgroups() {
        onlyUses("membership", pkgs("cib"), "org.jgroups..").check(classes);
        noClasses().that().resideInAPackage("io.tandem..").and().resideOutsideOfPackage("io.tandem.membership.jgroups..")
                .should().dependOnClassesThat().resideInAPackage("org.jgroups..")
                .allowEmptyShould(true).check(classes);
    }

    @Test
    void controllerUsesOnlyDomainPackages() {
        onlyUses("controller", DOMAIN).check(classes);
    }

    @Test
    void storeUsesCibAndH2() {
        onlyUses("store", pkgs("cib"), "org.h2..").check(classes);
    }

    @Test
    void serviceUsesDomainPackages() {
        onlyUses("service", DOMAIN).check(classes);
    }

    @Test
    void uiUsesServiceCibAndVaadin() {
        onlyUses("ui", pkgs("service", "cib"), "com.vaadin..").check(classes);
    }

    @Test
    void apiUsesService() {
        onlyUses("api", pkgs("service", "cib"), "jakarta.servlet..").check(classes);
    }

    /**
     * Documented relaxation of style.md ("cli: JDK + api types"): like Pacemaker's tools, ours work
     * offline on CIB_file, so the pure engines run in-process.
     */
    @Test
    void cliUsesApiAndThePureEngines() {
        onlyUses("cli", pkgs("api", "cib", "rules", "scheduler", "transition", "crm")).check(classes);
    }

    /** Only boot reads the real clock; everything else gets an InstantSource. */
    @Test
    void onlyBootReadsTheClock() {
        noClasses().that().resideInAPackage("io.tandem..").and().resideOutsideOfPackage("io.tandem.boot..")
                .should().callMethod(java.time.Instant.class, "now")
                .orShould().callMethod(System.class, "currentTimeMillis")
                .orShould().callMethod(java.time.LocalDateTime.class, "now")
                .orShould().callMethod(java.time.OffsetDateTime.class, "now")
                .orShould().callMethod(java.time.ZonedDateTime.class, "now")
                .orShould().callMethod(java.time.LocalDate.class, "now")
                .orShould().callMethod(java.time.Clock.class, "systemUTC")
                .orShould().callMethod(java.time.Clock.class, "systemDefaultZone")
                .orShould().callConstructor(java.util.Date.class)
                .because("time is an input: inject java.time.InstantSource (style.md habit 2)")
                .check(classes);
    }
}
