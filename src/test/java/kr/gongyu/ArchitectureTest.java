package kr.gongyu;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.persistence.Entity;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.springframework.data.repository.Repository;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RestController;

/** What the code must never import or call, whatever module it is in. */
class ArchitectureTest {

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("kr.gongyu");

    private static final JavaClasses TESTS = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.ONLY_INCLUDE_TESTS)
            .importPackages("kr.gongyu");

    @Test
    void domainModulesNeverImportWebOrServletTypes() {
        noClasses()
                .that()
                .resideOutsideOfPackages("kr.gongyu.api..", "kr.gongyu.web..", "kr.gongyu.http..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.springframework.web..", "jakarta.servlet..", "org.springframework.http..")
                .because("HTTP is the api and web modules' business (and what they share of it, in http); the domain"
                        + " answers in its own terms")
                .check(MAIN);
    }

    @Test
    void nothingDependsOnTheApiOrWebModules() {
        noClasses()
                .that()
                .resideOutsideOfPackages("kr.gongyu.api..", "kr.gongyu.web..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("kr.gongyu.api..", "kr.gongyu.web..")
                .because("the API and the pages sit on top of the modules, never below them")
                .check(MAIN);
    }

    @Test
    void citizenPagesAndConsoleShareOnlyThePagePlumbing() {
        noClasses()
                .that()
                .resideInAPackage("kr.gongyu.web.citizen..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("kr.gongyu.web.console..")
                .because("what both kinds of page need lives in kr.gongyu.web itself")
                .check(MAIN);
        noClasses()
                .that()
                .resideInAPackage("kr.gongyu.web.console..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("kr.gongyu.web.citizen..")
                .because("what both kinds of page need lives in kr.gongyu.web itself")
                .check(MAIN);
    }

    private static final DescribedPredicate<JavaClass> A_CONTROLLER = DescribedPredicate.describe(
            "a controller",
            type -> type.isAnnotatedWith(Controller.class) || type.isAnnotatedWith(RestController.class));

    @Test
    void noControllerInjectsAnother() {
        fields().that()
                .areDeclaredInClassesThat(A_CONTROLLER)
                .should()
                .notHaveRawType(A_CONTROLLER)
                .because("controllers depend on services; what two pages render alike is a component of its own")
                .check(MAIN);
    }

    /** A call, field access or construction of a controller's member from outside it (and its nested classes). */
    private static final DescribedPredicate<JavaAccess<?>> REACH_INTO_ANOTHER_CONTROLLER =
            DescribedPredicate.describe("reach into another controller", access -> {
                var target = access.getTargetOwner();
                return A_CONTROLLER.test(target)
                        && !outermost(access.getOriginOwner()).equals(outermost(target));
            });

    private static JavaClass outermost(JavaClass type) {
        var outer = type;
        while (outer.getEnclosingClass().isPresent()) {
            outer = outer.getEnclosingClass().get();
        }
        return outer;
    }

    @Test
    void noControllerCallsAnother() {
        noClasses()
                .should()
                .accessTargetWhere(REACH_INTO_ANOTHER_CONTROLLER)
                .because("a controller answers its own requests; what another needs of it belongs in a service or a"
                        + " component both use")
                .check(MAIN);
    }

    /** {@code now()} or {@code now(zone)} of java.time, or {@code System.currentTimeMillis()}: anything but a clock. */
    private static final DescribedPredicate<JavaCall<?>> READ_THE_SYSTEM_CLOCK =
            new DescribedPredicate<>("read the system clock") {
                @Override
                public boolean test(JavaCall<?> call) {
                    var target = call.getTarget();
                    var owner = target.getOwner().getName();
                    if (owner.equals(System.class.getName())) {
                        return target.getName().equals("currentTimeMillis");
                    }
                    return owner.startsWith("java.time.")
                            && target.getName().equals("now")
                            && target.getRawParameterTypes().stream()
                                    .noneMatch(type -> type.isAssignableTo(Clock.class));
                }
            };

    @Test
    void nothingReadsTheSystemClockDirectly() {
        noClasses()
                .should()
                .callCodeUnitWhere(READ_THE_SYSTEM_CLOCK)
                .because("time comes from the injected " + Clock.class.getSimpleName() + ", so tests can fix it")
                .check(MAIN);
    }

    @Test
    void noTestReadsTheRealDate() {
        noClasses()
                .that()
                // It names its PostgreSQL databases by the real time, to drop the ones that killed runs left.
                .doNotHaveFullyQualifiedName(TestDatabase.class.getName())
                .should()
                .callCodeUnitWhere(READ_THE_SYSTEM_CLOCK)
                .because("tests run on the " + TestClock.class.getSimpleName()
                        + ", so that every day gives the same run")
                .check(TESTS);
    }

    @Test
    void nothingPrintsToTheConsoleOrUsesLegacyDates() {
        noClasses()
                .should()
                .accessField(System.class, "out")
                .orShould()
                .accessField(System.class, "err")
                .orShould()
                .dependOnClassesThat()
                .haveFullyQualifiedName("java.util.Date")
                .because("logs go through SLF4J, and time through java.time")
                .check(MAIN);
    }

    private static final DescribedPredicate<JavaClass> STORED = DescribedPredicate.describe(
            "are entities or Spring Data repositories",
            type -> type.isAnnotatedWith(Entity.class) || type.isInterface() && type.isAssignableTo(Repository.class));

    @Test
    void entitiesAndRepositoriesAreInternalToTheirModule() {
        classes()
                .that(STORED)
                .should()
                .resideInAPackage("..internal..")
                .because("a module's top-level package is its public face: other modules get views from its"
                        + " services, never its entities or the means to change them")
                .check(MAIN);
    }

    @Test
    void repositoriesAreStores() {
        classes()
                .that()
                .areAssignableTo(Repository.class)
                .or()
                .areAnnotatedWith(org.springframework.stereotype.Repository.class)
                .should()
                .haveSimpleNameEndingWith("Store")
                .because("a store keeps one kind of record, and a plural noun names the module's service for what it"
                        + " manages (Reservations, Institutions): the README's naming convention")
                .check(MAIN);
    }
}
