package dk.sammen.platform.test;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The boundaries of the two modules every service builds on: the platform uses no service's code
 * and its parts form no cycle; the event contracts depend on nothing but the JDK and their JSON
 * tooling, so any consumer can take them. Every platform package is {@code @NullMarked}: NullAway
 * checks its null contracts when it compiles, and a new package without them fails here.
 */
class PlatformBoundariesTest {

    private static final ImportOption MAIN = ImportOption.Predefined.DO_NOT_INCLUDE_TESTS;
    private final JavaClasses platform = new ClassFileImporter().withImportOption(MAIN).importPackages("dk.sammen.platform");
    private final JavaClasses contracts = new ClassFileImporter().withImportOption(MAIN).importPackages("dk.sammen.events");

    @Test
    void thePlatformUsesNoServicesCode() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage(BoundariesTest.SERVICES.stream().map(s -> s + "..")
                .toArray(String[]::new)).because("every service builds on the platform, never the other way").check(platform);
    }

    @Test
    void thePlatformsPartsFormNoCycle() {
        slices().matching("dk.sammen.platform.(*)..").should().beFreeOfCycles().check(platform);
    }

    @Test
    void theEventContractsDependOnNothingButTheJdkTheirJsonToolingAndNullAnnotations() {
        classes().should().onlyDependOnClassesThat().resideInAnyPackage("java..", "dk.sammen.events..", "com.fasterxml.jackson..",
                "com.networknt.schema..", "org.jspecify.annotations..")
                .because("every service, and any other consumer of the topics, compiles against them").check(contracts);
    }

    @Test
    void everyPackageOfThePlatformAndTheContractsIsNullMarked() {
        assertThat(platform.stream().map(JavaClass::getPackageName).distinct()).as("the platform's packages").hasSizeGreaterThan(15);
        assertThat(BoundariesTest.notNullMarked(platform)).as("platform packages without @NullMarked")
                .allMatch(name -> name.startsWith("dk.sammen.platform.test"));
        assertThat(BoundariesTest.notNullMarked(contracts)).as("contract packages without @NullMarked").isEmpty();
    }
}
