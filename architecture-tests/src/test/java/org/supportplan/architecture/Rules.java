package org.supportplan.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.alwaysTrue;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import java.time.Clock;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.tngtech.archunit.core.domain.AccessTarget.CodeUnitAccessTarget;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaAnnotation;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaCodeUnitAccess;
import com.tngtech.archunit.core.domain.JavaConstructor;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaParameter;
import com.tngtech.archunit.core.domain.PackageMatchers;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

/**
 * The architecture rules, as constants so that {@link ArchitectureRulesTest} (real code) and
 * {@link PlantedViolationsTest} (deliberately broken code) check the very same rule objects.
 */
public final class Rules {

    static final String DOMAIN = "org.supportplan.domain..";
    static final String APPLICATION = "org.supportplan.application..";
    static final String OUT_PORTS = "org.supportplan.application.port.out..";
    static final String ADAPTERS = "org.supportplan.adapter..";
    static final String WEB = "org.supportplan.adapter.web..";
    static final String PERSISTENCE = "org.supportplan.adapter.persistence..";
    static final String CLI = "org.supportplan.adapter.cli..";
    static final String BOOT = "org.supportplan.adapter.cli.boot..";
    private static final String ADAPTER_PREFIX = "org.supportplan.adapter.";
    private static final Set<String> SYSTEM_TIME_FACTORIES =
            Set.of("now", "system", "systemUTC", "systemDefaultZone", "tickMillis", "tickSeconds", "tickMinutes");
    private static final Set<String> INJECTED_TIME_SOURCES = Set.of(Clock.class.getName(), InstantSource.class.getName());

    private Rules() {
    }

    // 1. The domain is plain Java so it can be reasoned about and tested without any framework.
    public static final ArchRule DOMAIN_DEPENDS_ONLY_ON_JDK = classes()
            .that().resideInAPackage(DOMAIN)
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", DOMAIN)
            .because("the domain must stay plain Java, free of frameworks and of outer layers");

    // 2. Use cases see only the domain and the Bean Validation API, never a delivery or storage technology.
    public static final ArchRule APPLICATION_DEPENDS_ONLY_ON_DOMAIN_AND_VALIDATION = classes()
            .that().resideInAPackage(APPLICATION)
            .should().onlyDependOnClassesThat().resideInAnyPackage(APPLICATION, DOMAIN, "java..", "jakarta.validation..")
            .because("use cases talk to the outside only through their ports");

    // 3a. Adapters are independent plug-ins; only the composition root (cli.boot) wires them together.
    public static final ArchRule ADAPTERS_DO_NOT_DEPEND_ON_EACH_OTHER = slices()
            .matching("org.supportplan.adapter.(*)..").namingSlices("adapter '$1'")
            .should().notDependOnEachOther()
            .ignoreDependency(resideInAPackage(BOOT), alwaysTrue())
            .because("an adapter must be replaceable without touching the others; only cli.boot composes them")
            // web and persistence may not exist yet while the project grows
            .allowEmptyShould(true);

    // 3b. Naming a concrete adapter class is composition, which belongs to cli.boot alone.
    public static final ArchRule ONLY_COMPOSITION_ROOT_NAMES_CONCRETE_ADAPTERS = classes()
            .that().resideOutsideOfPackage(BOOT)
            .should(notDependOnConcreteClassesOfAnotherAdapter())
            .because("only the composition root org.supportplan.adapter.cli.boot may instantiate adapters");

    // 4. Each technology stays inside the adapter that owns it, so swapping it touches one module.
    public static final ArchRule JAVALIN_ONLY_IN_WEB = noClasses()
            .that().resideOutsideOfPackages(WEB, BOOT)
            .should().dependOnClassesThat().resideInAPackage("io.javalin..")
            .because("HTTP belongs to the web adapter (cli.boot only starts the server)");

    public static final ArchRule PICOCLI_ONLY_IN_CLI = noClasses()
            .that().resideOutsideOfPackage(CLI)
            .should().dependOnClassesThat().resideInAPackage("picocli..")
            .because("command-line parsing belongs to the CLI adapter");

    public static final ArchRule DATABASE_ACCESS_ONLY_IN_PERSISTENCE = noClasses()
            .that().resideOutsideOfPackage(PERSISTENCE)
            .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "javax.sql..", "org.jdbi..",
                    "org.flywaydb..", "com.zaxxer..", "org.sqlite..", "org.postgresql..")
            .because("SQL, JDBC, pools and migrations belong to the persistence adapter");

    public static final ArchRule MAPSTRUCT_ONLY_IN_ADAPTERS = noClasses()
            .that().resideOutsideOfPackage(ADAPTERS)
            .should().dependOnClassesThat().resideInAPackage("org.mapstruct..")
            .because("DTO mapping is an adapter concern; the core has no DTOs");

    public static final ArchRule JACKSON_ONLY_IN_ADAPTERS = noClasses()
            .that().resideOutsideOfPackage(ADAPTERS)
            .should().dependOnClassesThat().resideInAPackage("com.fasterxml.jackson..")
            .because("JSON is a wire format, chosen by adapters");

    // 5. Out-ports are contracts that adapters implement; a class there would be an implementation in the core.
    //    (Result values nested in a port, such as PlanRepository.Update, are part of its contract.)
    public static final ArchRule OUT_PORTS_ARE_INTERFACES = classes()
            .that().resideInAPackage(OUT_PORTS).and().areTopLevelClasses()
            .should().beInterfaces()
            .because("out-ports are implemented by adapters, so the core holds only their contracts");

    // 6a. The modules (domain, application, adapter, ...) form a directed graph.
    public static final ArchRule NO_CYCLES_BETWEEN_MODULES = slices()
            .matching("org.supportplan.(*)..").namingSlices("module '$1'")
            .should().beFreeOfCycles()
            .because("a cycle between layers means they cannot be built, tested or replaced separately");

    // 6b. Finer: no cycles between the second-level packages (domain.money, domain.plan, adapter.web, ...).
    public static final ArchRule NO_CYCLES_BETWEEN_PACKAGES = slices()
            .matching("org.supportplan.(*).(*)..").namingSlices("package '$1.$2'")
            .should().beFreeOfCycles()
            .because("tangled packages cannot be understood or moved one at a time");

    // 6c. Finest: no cycles between any two packages, including a package and its own subpackage.
    public static final ArchRule NO_CYCLES_BETWEEN_ANY_PACKAGES = slices()
            .matching("org.supportplan.(**)").namingSlices("package '$1'")
            .should().beFreeOfCycles()
            .because("a package and its subpackage that need each other are really one package");

    // 7. Time comes from an injected Clock so behaviour is reproducible in tests and audits.
    public static final ArchRule CORE_DOES_NOT_READ_THE_SYSTEM_CLOCK = classes()
            .that().resideInAnyPackage(DOMAIN, APPLICATION)
            .should(notReadTheSystemClock())
            .because("the core must take time from an injected java.time.Clock (now(clock) is fine, now() is not)");

    // 8. Framework annotations (JPA, Jackson, validation...) would leak infrastructure into the domain model.
    public static final ArchRule DOMAIN_USES_ONLY_JDK_ANNOTATIONS = classes()
            .that().resideInAPackage(DOMAIN)
            .should(useOnlyAnnotationsFrom("java..", DOMAIN))
            .because("domain types must not be shaped by frameworks");

    /** Violated by a dependency on a non-interface class of a different adapter than the origin's. */
    static ArchCondition<JavaClass> notDependOnConcreteClassesOfAnotherAdapter() {
        return new ArchCondition<>("not depend on concrete classes of another adapter") {
            @Override
            public void check(JavaClass origin, ConditionEvents events) {
                String originAdapter = adapterOf(origin);
                for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
                    JavaClass target = dependency.getTargetClass().getBaseComponentType();
                    String targetAdapter = adapterOf(target);
                    if (targetAdapter != null && !targetAdapter.equals(originAdapter) && !target.isInterface()) {
                        events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                    }
                }
            }
        };
    }

    /** The adapter a class belongs to ({@code web}, {@code persistence}, {@code cli}), or null outside adapters. */
    private static String adapterOf(JavaClass javaClass) {
        String packageName = javaClass.getPackageName();
        if (!packageName.startsWith(ADAPTER_PREFIX)) {
            return null;
        }
        String rest = packageName.substring(ADAPTER_PREFIX.length());
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }

    /**
     * Violated by calls or method references to {@code now(...)} (and the system-clock factories of
     * {@link Clock}/{@link InstantSource}) in java.time without a Clock argument, to
     * {@code System.currentTimeMillis()/nanoTime()}, and to {@code new java.util.Date()}.
     */
    static ArchCondition<JavaClass> notReadTheSystemClock() {
        return new ArchCondition<>("not read the system clock") {
            @Override
            public void check(JavaClass origin, ConditionEvents events) {
                for (JavaCodeUnitAccess<?> access : origin.getCodeUnitAccessesFromSelf()) {
                    if (readsSystemClock(access.getTarget())) {
                        events.add(SimpleConditionEvent.violated(access, access.getDescription()));
                    }
                }
            }
        };
    }

    private static boolean readsSystemClock(CodeUnitAccessTarget target) {
        JavaClass owner = target.getOwner();
        String name = target.getName();
        List<JavaClass> parameters = target.getRawParameterTypes();
        if (owner.getPackageName().startsWith("java.time") && SYSTEM_TIME_FACTORIES.contains(name)) {
            // now(Clock) / tick(Clock, ...) use the injected clock; every other overload uses the system's
            return parameters.stream().noneMatch(p -> INJECTED_TIME_SOURCES.contains(p.getName()));
        }
        if (owner.isEquivalentTo(System.class)) {
            return name.equals("currentTimeMillis") || name.equals("nanoTime");
        }
        return owner.isEquivalentTo(java.util.Date.class) && name.equals(JavaConstructor.CONSTRUCTOR_NAME)
                && parameters.isEmpty();
    }

    /** Violated by any annotation (on the class, a field, a method, a constructor or a parameter) outside the given packages. */
    static ArchCondition<JavaClass> useOnlyAnnotationsFrom(String... packageIdentifiers) {
        PackageMatchers allowed = PackageMatchers.of(packageIdentifiers);
        return new ArchCondition<>("use only annotations from " + String.join(", ", packageIdentifiers)) {
            @Override
            public void check(JavaClass javaClass, ConditionEvents events) {
                List<JavaAnnotation<?>> annotations = new ArrayList<>(javaClass.getAnnotations());
                for (JavaField field : javaClass.getFields()) {
                    annotations.addAll(field.getAnnotations());
                }
                for (JavaCodeUnit codeUnit : javaClass.getCodeUnits()) {
                    annotations.addAll(codeUnit.getAnnotations());
                    for (JavaParameter parameter : codeUnit.getParameters()) {
                        annotations.addAll(parameter.getAnnotations());
                    }
                }
                for (JavaAnnotation<?> annotation : annotations) {
                    JavaClass type = annotation.getRawType();
                    if (!allowed.test(type.getPackageName())) {
                        events.add(SimpleConditionEvent.violated(annotation, javaClass.getName() + " uses annotation @"
                                + type.getName() + " " + javaClass.getSourceCodeLocation()));
                    }
                }
            }
        };
    }
}
