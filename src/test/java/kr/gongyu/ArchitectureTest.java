package kr.gongyu;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

/** What the code must never import or call, whatever module it is in. */
class ArchitectureTest {

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("kr.gongyu");

    @Test
    void domainModulesNeverImportWebOrServletTypes() {
        noClasses()
                .that()
                .resideOutsideOfPackages("kr.gongyu.api..", "kr.gongyu.web..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.springframework.web..", "jakarta.servlet..", "org.springframework.http..")
                .because("HTTP is the api and web modules' business; the domain answers in its own terms")
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
    void nothingReadsTheSystemClockDirectly() {
        noClasses()
                .should()
                .callMethod(Instant.class, "now")
                .orShould()
                .callMethod(LocalDate.class, "now")
                .orShould()
                .callMethod(LocalDateTime.class, "now")
                .orShould()
                .callMethod(LocalTime.class, "now")
                .orShould()
                .callMethod(ZonedDateTime.class, "now")
                .orShould()
                .callMethod(OffsetDateTime.class, "now")
                .orShould()
                .callMethod(System.class, "currentTimeMillis")
                .because("time comes from the injected " + Clock.class.getSimpleName() + ", so tests can fix it")
                .check(MAIN);
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
}
