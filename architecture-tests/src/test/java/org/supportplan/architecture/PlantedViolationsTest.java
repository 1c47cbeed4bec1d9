package org.supportplan.architecture;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.supportplan.adapter.cli.boot.planted.PlantedCompositionRoot;
import org.supportplan.adapter.cli.planted.CliStartingJavalin;
import org.supportplan.adapter.cli.planted.CliUsingWebClass;
import org.supportplan.adapter.cli.planted.CompliantCliCommand;
import org.supportplan.adapter.persistence.planted.JdbcPlanStore;
import org.supportplan.adapter.persistence.planted.PlanRowReader;
import org.supportplan.adapter.web.planted.CompliantWebRoutes;
import org.supportplan.adapter.web.planted.WebUsingJdbc;
import org.supportplan.adapter.web.planted.WebUsingPersistenceClass;
import org.supportplan.adapter.web.planted.WebUsingPersistenceInterface;
import org.supportplan.adapter.web.planted.WebUsingPicocli;
import org.supportplan.application.planted.ApplicationDependingOnDomain;
import org.supportplan.application.planted.ApplicationUsingJavalin;
import org.supportplan.application.planted.ApplicationUsingMapStruct;
import org.supportplan.application.planted.CompliantUseCase;
import org.supportplan.application.port.out.PlanRepository;
import org.supportplan.application.port.out.planted.ConcreteOutPort;
import org.supportplan.application.port.out.planted.InterfaceOutPort;
import org.supportplan.domain.plan.PlanId;
import org.supportplan.domain.planted.CompliantDomainValue;
import org.supportplan.domain.planted.DomainDependingOnApplication;
import org.supportplan.domain.planted.DomainMarker;
import org.supportplan.domain.planted.DomainReadingTheSystemClock;
import org.supportplan.domain.planted.DomainUsingJackson;
import org.supportplan.domain.planted.DomainUsingJavalin;
import org.supportplan.domain.planted.DomainUsingJdbc;
import org.supportplan.domain.planted.DomainWithValidationAnnotation;
import org.supportplan.domain.plantednest.Outer;
import org.supportplan.domain.plantednest.inner.Inner;
import org.supportplan.domain.plantedping.Caller;
import org.supportplan.domain.plantedping.Ping;
import org.supportplan.domain.plantedpong.Callee;
import org.supportplan.domain.plantedpong.Pong;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;

/**
 * Proves every rule in {@link Rules} can fail: each is checked against planted violations (test
 * classes the main suite never imports) and against a compliant twin it must accept.
 */
class PlantedViolationsTest {

    /** Imports exactly these classes, so one planted violation cannot mask or cause another. */
    private static JavaClasses only(Class<?>... classes) {
        return new ClassFileImporter().importClasses(classes);
    }

    private static void assertViolated(ArchRule rule, JavaClasses classes, String... expectedInMessage) {
        assertThatThrownBy(() -> rule.check(classes))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("was violated")
                .hasMessageContainingAll(expectedInMessage);
    }

    private static void assertSatisfied(ArchRule rule, JavaClasses classes) {
        assertThatCode(() -> rule.check(classes)).doesNotThrowAnyException();
    }

    @Test
    void domain_depending_on_javalin_jackson_or_validation_breaks_the_jdk_only_rule() {
        ArchRule rule = Rules.DOMAIN_DEPENDS_ONLY_ON_JDK;
        assertViolated(rule, only(DomainUsingJavalin.class), "DomainUsingJavalin", "io.javalin.http.Context");
        assertViolated(rule, only(DomainUsingJackson.class), "com.fasterxml.jackson.databind.ObjectMapper");
        assertViolated(rule, only(DomainWithValidationAnnotation.class), "jakarta.validation.constraints.NotNull");
        assertViolated(rule, only(DomainDependingOnApplication.class), "ApplicationDependingOnDomain");
        assertSatisfied(rule, only(CompliantDomainValue.class));
        // java.sql lies inside java.., so this rule accepts it; DATABASE_ACCESS_ONLY_IN_PERSISTENCE rejects it
        assertSatisfied(rule, only(DomainUsingJdbc.class));
    }

    @Test
    void application_depending_on_javalin_breaks_the_application_rule() {
        ArchRule rule = Rules.APPLICATION_DEPENDS_ONLY_ON_DOMAIN_AND_VALIDATION;
        assertViolated(rule, only(ApplicationUsingJavalin.class), "ApplicationUsingJavalin", "io.javalin.Javalin");
        assertViolated(rule, only(ApplicationUsingMapStruct.class), "org.mapstruct");
        assertSatisfied(rule, only(CompliantUseCase.class));
    }

    @Test
    void web_adapter_using_persistence_adapter_breaks_adapter_independence() {
        ArchRule rule = Rules.ADAPTERS_DO_NOT_DEPEND_ON_EACH_OTHER;
        assertViolated(rule, only(WebUsingPersistenceClass.class, JdbcPlanStore.class),
                "adapter 'web'", "adapter 'persistence'", "JdbcPlanStore");
        assertViolated(rule, only(WebUsingPersistenceInterface.class, PlanRowReader.class), "PlanRowReader");
        assertViolated(rule, only(CliUsingWebClass.class, CompliantWebRoutes.class), "CliUsingWebClass");
        // the composition root is exempt
        assertSatisfied(rule, only(PlantedCompositionRoot.class, CompliantWebRoutes.class, JdbcPlanStore.class));
    }

    @Test
    void naming_a_concrete_class_of_another_adapter_outside_the_composition_root_breaks_the_rule() {
        ArchRule rule = Rules.ONLY_COMPOSITION_ROOT_NAMES_CONCRETE_ADAPTERS;
        assertViolated(rule, only(WebUsingPersistenceClass.class, JdbcPlanStore.class),
                "WebUsingPersistenceClass", "JdbcPlanStore");
        assertViolated(rule, only(CliUsingWebClass.class, CompliantWebRoutes.class), "CompliantWebRoutes");
        assertSatisfied(rule, only(WebUsingPersistenceInterface.class, PlanRowReader.class));
        assertSatisfied(rule, only(PlantedCompositionRoot.class, CompliantWebRoutes.class, JdbcPlanStore.class));
    }

    @Test
    void javalin_outside_web_and_composition_root_breaks_the_rule() {
        ArchRule rule = Rules.JAVALIN_ONLY_IN_WEB;
        assertViolated(rule, only(ApplicationUsingJavalin.class), "ApplicationUsingJavalin");
        assertViolated(rule, only(DomainUsingJavalin.class), "DomainUsingJavalin");
        assertViolated(rule, only(CliStartingJavalin.class), "CliStartingJavalin");
        assertSatisfied(rule, only(CompliantWebRoutes.class, PlantedCompositionRoot.class, CompliantDomainValue.class));
    }

    @Test
    void picocli_outside_cli_breaks_the_rule() {
        ArchRule rule = Rules.PICOCLI_ONLY_IN_CLI;
        assertViolated(rule, only(WebUsingPicocli.class), "WebUsingPicocli", "picocli.CommandLine");
        assertSatisfied(rule, only(CompliantCliCommand.class, CompliantDomainValue.class));
    }

    @Test
    void java_sql_outside_persistence_breaks_the_rule() {
        ArchRule rule = Rules.DATABASE_ACCESS_ONLY_IN_PERSISTENCE;
        assertViolated(rule, only(WebUsingJdbc.class), "WebUsingJdbc", "java.sql.Connection");
        assertViolated(rule, only(DomainUsingJdbc.class), "DomainUsingJdbc", "java.sql.Connection");
        assertSatisfied(rule, only(JdbcPlanStore.class, CompliantDomainValue.class));
    }

    @Test
    void mapstruct_in_the_application_breaks_the_rule() {
        ArchRule rule = Rules.MAPSTRUCT_ONLY_IN_ADAPTERS;
        assertViolated(rule, only(ApplicationUsingMapStruct.class), "ApplicationUsingMapStruct", "org.mapstruct.Mapper",
                "org.mapstruct.factory.Mappers");
        assertSatisfied(rule, only(CompliantWebRoutes.class, CompliantUseCase.class));
    }

    @Test
    void jackson_outside_adapters_breaks_the_rule() {
        ArchRule rule = Rules.JACKSON_ONLY_IN_ADAPTERS;
        assertViolated(rule, only(DomainUsingJackson.class), "DomainUsingJackson",
                "com.fasterxml.jackson.databind.ObjectMapper");
        assertSatisfied(rule, only(CompliantWebRoutes.class, CompliantDomainValue.class));
    }

    @Test
    void a_concrete_class_among_the_out_ports_breaks_the_rule() {
        ArchRule rule = Rules.OUT_PORTS_ARE_INTERFACES;
        assertViolated(rule, only(ConcreteOutPort.class, InterfaceOutPort.class), "ConcreteOutPort");
        assertSatisfied(rule, only(InterfaceOutPort.class, PlanRepository.class));
    }

    @Test
    void a_cycle_between_domain_and_application_breaks_the_module_rule() {
        ArchRule rule = Rules.NO_CYCLES_BETWEEN_MODULES;
        assertViolated(rule, only(DomainDependingOnApplication.class, ApplicationDependingOnDomain.class),
                "Cycle detected", "module 'domain'", "module 'application'");
        assertSatisfied(rule, only(CompliantUseCase.class, PlanRepository.class, PlanId.class));
        // a cycle inside one module is invisible at this level: that is what the finer rule is for
        assertSatisfied(rule, only(Ping.class, Pong.class));
    }

    @Test
    void a_cycle_between_two_domain_packages_breaks_the_package_rule() {
        ArchRule rule = Rules.NO_CYCLES_BETWEEN_PACKAGES;
        assertViolated(rule, only(Ping.class, Pong.class),
                "Cycle detected", "package 'domain.plantedping'", "package 'domain.plantedpong'");
        assertSatisfied(rule, only(Caller.class, Callee.class));
        // a package and its subpackage share one slice at this level: that is what the finest rule is for
        assertSatisfied(rule, only(Outer.class, Inner.class));
    }

    @Test
    void a_cycle_between_a_package_and_its_subpackage_breaks_the_finest_package_rule() {
        ArchRule rule = Rules.NO_CYCLES_BETWEEN_ANY_PACKAGES;
        assertViolated(rule, only(Outer.class, Inner.class),
                "Cycle detected", "package 'domain.plantednest'", "package 'domain.plantednest.inner'");
        assertViolated(rule, only(Ping.class, Pong.class), "Cycle detected");
        assertSatisfied(rule, only(Caller.class, Callee.class));
    }

    @Test
    void reading_the_system_clock_in_the_core_breaks_the_rule_but_now_with_a_clock_does_not() {
        ArchRule rule = Rules.CORE_DOES_NOT_READ_THE_SYSTEM_CLOCK;
        assertViolated(rule, only(DomainReadingTheSystemClock.class),
                "was violated (7 times)",
                "calls method <java.time.LocalDate.now()>",
                "calls method <java.time.LocalDateTime.now(java.time.ZoneId)>",
                "references method <java.time.Instant.now()>",
                "calls method <java.lang.System.currentTimeMillis()>",
                "calls method <java.lang.System.nanoTime()>",
                "calls constructor <java.util.Date.<init>()>",
                "calls method <java.time.Clock.systemUTC()>");
        // Instant.now(clock), LocalDate.now(clock) and clock.instant() use the injected clock
        assertSatisfied(rule, only(CompliantDomainValue.class, CompliantUseCase.class));
    }

    @Test
    void a_framework_annotation_in_the_domain_breaks_the_annotation_rule() {
        ArchRule rule = Rules.DOMAIN_USES_ONLY_JDK_ANNOTATIONS;
        assertViolated(rule, only(DomainWithValidationAnnotation.class),
                "DomainWithValidationAnnotation uses annotation @jakarta.validation.constraints.NotNull");
        // the domain's own annotation, itself meta-annotated from java.lang.annotation
        assertSatisfied(rule, only(CompliantDomainValue.class, DomainMarker.class));
    }
}
