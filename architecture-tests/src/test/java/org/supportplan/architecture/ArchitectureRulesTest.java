package org.supportplan.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Checks the production code of every module (test classes excluded) against {@link Rules}. */
@AnalyzeClasses(packages = "org.supportplan", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureRulesTest {

    @ArchTest
    static final ArchRule domain_depends_only_on_the_jdk = Rules.DOMAIN_DEPENDS_ONLY_ON_JDK;

    @ArchTest
    static final ArchRule application_depends_only_on_domain_and_validation =
            Rules.APPLICATION_DEPENDS_ONLY_ON_DOMAIN_AND_VALIDATION;

    @ArchTest
    static final ArchRule adapters_do_not_depend_on_each_other = Rules.ADAPTERS_DO_NOT_DEPEND_ON_EACH_OTHER;

    @ArchTest
    static final ArchRule only_the_composition_root_names_concrete_adapters =
            Rules.ONLY_COMPOSITION_ROOT_NAMES_CONCRETE_ADAPTERS;

    @ArchTest
    static final ArchRule javalin_only_in_web = Rules.JAVALIN_ONLY_IN_WEB;

    @ArchTest
    static final ArchRule picocli_only_in_cli = Rules.PICOCLI_ONLY_IN_CLI;

    @ArchTest
    static final ArchRule database_access_only_in_persistence = Rules.DATABASE_ACCESS_ONLY_IN_PERSISTENCE;

    @ArchTest
    static final ArchRule mapstruct_only_in_adapters = Rules.MAPSTRUCT_ONLY_IN_ADAPTERS;

    @ArchTest
    static final ArchRule jackson_only_in_adapters = Rules.JACKSON_ONLY_IN_ADAPTERS;

    @ArchTest
    static final ArchRule out_ports_are_interfaces = Rules.OUT_PORTS_ARE_INTERFACES;

    @ArchTest
    static final ArchRule no_cycles_between_modules = Rules.NO_CYCLES_BETWEEN_MODULES;

    @ArchTest
    static final ArchRule no_cycles_between_packages = Rules.NO_CYCLES_BETWEEN_PACKAGES;

    @ArchTest
    static final ArchRule no_cycles_between_any_packages = Rules.NO_CYCLES_BETWEEN_ANY_PACKAGES;

    @ArchTest
    static final ArchRule core_does_not_read_the_system_clock = Rules.CORE_DOES_NOT_READ_THE_SYSTEM_CLOCK;

    @ArchTest
    static final ArchRule domain_uses_only_jdk_annotations = Rules.DOMAIN_USES_ONLY_JDK_ANNOTATIONS;

    /** Guards the guard: the rules above would pass vacuously on an empty or test-polluted import. */
    @ArchTest
    static void imports_the_production_code_and_no_test_code(JavaClasses classes) {
        assertThat(classes.contain("org.supportplan.domain.plan.SupportPlan")).isTrue();
        assertThat(classes.contain("org.supportplan.application.service.PlanService")).isTrue();
        assertThat(classes.contain("org.supportplan.application.port.out.PlanRepository")).isTrue();
        // every adapter module is on the class path, so the adapter rules are not passing vacuously
        assertThat(classes.stream().map(JavaClass::getPackageName))
                .anyMatch(name -> name.startsWith("org.supportplan.adapter.web"))
                .anyMatch(name -> name.startsWith("org.supportplan.adapter.persistence"))
                .anyMatch(name -> name.startsWith("org.supportplan.adapter.cli.boot"));
        assertThat(classes.stream().map(JavaClass::getName))
                .noneMatch(name -> name.contains(".planted") || name.startsWith("org.supportplan.architecture.")
                        || name.endsWith("Test") || name.contains(".testdata."));
    }
}
