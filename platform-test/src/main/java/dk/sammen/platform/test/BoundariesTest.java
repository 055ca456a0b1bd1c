package dk.sammen.platform.test;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaPackage;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.jspecify.annotations.NullMarked;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A module's boundaries, as tests every module runs (a service's test subclasses it; platform's
 * and shared-events' are checked by platform-test's own): its feature packages form no cycle; its
 * aggregates, commands and domain events know nothing of the web, JDBC, Kafka or JSON; its
 * controllers use no JDBC; it uses no other service's code; every package of it is
 * {@code @NullMarked}, so NullAway checks its null contracts when it compiles.
 */
public abstract class BoundariesTest {

    /** The four services' root packages: none may use another's code. */
    public static final List<String> SERVICES = List.of("dk.sammen.plans", "dk.sammen.referrals", "dk.sammen.offers",
            "dk.sammen.analytics");

    /**
     * What a module's domain (aggregates, commands, events) must not know. Jackson's annotations
     * are what Axon's serializer needs of an aggregate's snapshot, so they are allowed; Jackson
     * itself is not.
     */
    static final String[] INFRASTRUCTURE = {"org.springframework.web..", "org.springframework.jdbc..", "org.springframework.kafka..",
            "org.apache.kafka..", "java.sql..", "jakarta.servlet..", "com.fasterxml.jackson.databind..", "com.fasterxml.jackson.core..",
            "io.cloudevents.."};

    private final String root = rootOf(getClass().getPackageName());
    private final JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(root);

    /** The module's root package, e.g. {@code dk.sammen.plans} for a test in {@code dk.sammen.plans.access}. */
    static String rootOf(String packageName) {
        String[] parts = packageName.split("\\.");
        return String.join(".", parts[0], parts[1], parts[2]);
    }

    @Test
    void theFeaturePackagesFormNoCycle() {
        slices().matching(root + ".(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void aggregatesCommandsAndEventsKnowNothingOfTheWebJdbcKafkaOrJson() {
        noClasses().that(domain(classes)).should().dependOnClassesThat().resideInAnyPackage(INFRASTRUCTURE)
                .because("the domain decides; the edges (controllers, projections, the relay) translate")
                .allowEmptyShould(true).check(classes);
    }

    @Test
    void controllersUseNoJdbc() {
        noClasses().that().areAnnotatedWith("org.springframework.web.bind.annotation.RestController")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework.jdbc..", "java.sql..")
                .because("a controller asks a read model or sends a command; it does not query tables").check(classes);
    }

    @Test
    void noServiceUsesAnotherServicesCode() {
        String[] others = SERVICES.stream().filter(service -> !service.equals(root)).map(service -> service + "..").toArray(String[]::new);
        noClasses().should().dependOnClassesThat().resideInAnyPackage(others)
                .because("services integrate only through Kafka events (shared-events)").check(classes);
    }

    @Test
    void everyPackageIsNullMarked() {
        assertThat(classes.stream().map(JavaClass::getPackageName).distinct()).as("the module's packages").isNotEmpty();
        assertThat(notNullMarked(classes)).as("packages without @NullMarked in their package-info.java").isEmpty();
    }

    /** The packages of these classes that are not {@code @NullMarked}: NullAway would not check them. */
    public static List<String> notNullMarked(JavaClasses classes) {
        return classes.stream().map(JavaClass::getPackage).distinct()
                .filter(javaPackage -> !javaPackage.isAnnotatedWith(NullMarked.class))
                .map(JavaPackage::getName).sorted().toList();
    }

    /**
     * Aggregates (Axon's {@code @Aggregate}), the commands they handle, and the events they apply
     * (the parameters of their command and event-sourcing handlers).
     */
    static DescribedPredicate<JavaClass> domain(JavaClasses classes) {
        Set<String> domain = new HashSet<>();
        for (JavaClass aggregate : classes) {
            if (!aggregate.isAnnotatedWith("org.axonframework.spring.stereotype.Aggregate")) {
                continue;
            }
            domain.add(aggregate.getName());
            for (JavaMethod method : aggregate.getMethods()) {
                if (method.isAnnotatedWith("org.axonframework.eventsourcing.EventSourcingHandler")
                        || method.isAnnotatedWith("org.axonframework.commandhandling.CommandHandler")) {
                    method.getRawParameterTypes().stream().findFirst().ifPresent(message -> domain.add(message.getName()));
                }
            }
            aggregate.getConstructors().stream()
                    .filter(constructor -> constructor.isAnnotatedWith("org.axonframework.commandhandling.CommandHandler"))
                    .forEach(constructor -> constructor.getRawParameterTypes().stream().findFirst()
                            .ifPresent(command -> domain.add(command.getName())));
        }
        return DescribedPredicate.describe("are aggregates or the commands and events they handle",
                javaClass -> domain.contains(javaClass.getName()));
    }
}
