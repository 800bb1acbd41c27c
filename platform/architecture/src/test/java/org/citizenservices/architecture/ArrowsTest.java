package org.citizenservices.architecture;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.AbstractClassesTransformer;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

import java.util.List;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.name;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.all;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * Which room may import which: modules → SPI (and other modules' published API); host → core's API → SPI; core and
 * persistence know nothing of the host or of OSGi; no package takes part in a cycle.
 */
@AnalyzeClasses(packages = Rooms.BASE, importOptions = {ImportOption.DoNotIncludeTests.class, NoTestJars.class})
class ArrowsTest {

    @ArchTest
    static final ArchRule core_knows_nothing_of_the_host_or_osgi = noClasses()
            .that().resideInAPackage(Rooms.CORE)
            .should().dependOnClassesThat().resideInAnyPackage(Rooms.HOST, Rooms.TESTKIT, "org.osgi..",
                    "org.apache.felix..", "com.vaadin..", "org.eclipse.jetty..")
            .because("the core is the product's rules; the host is one way to run them");

    @ArchTest
    static final ArchRule persistence_knows_nothing_of_osgi = classes()
            .that().resideInAPackage(Rooms.PERSISTENCE)
            .should(Uses.notUse(resideInAnyPackage("org.osgi..", "org.apache.felix..", Rooms.HOST, Rooms.CORE)))
            .because("persistence opens databases and units by class loader; what needs a bundle is the host's");

    @ArchTest
    static final ArchRule host_uses_only_the_core_api = classes()
            .that().resideInAnyPackage(Rooms.HOST, Rooms.TESTKIT)
            .should(Uses.notUse(resideInAPackage(Rooms.CORE)
                    .and(not(resideInAPackage(Rooms.CORE_API)))
                    .and(not(name(Rooms.CORE_BOOTSTRAP)))
                    .as("the core's internals")))
            .because("entities, queries and migrations are the core's own business");

    @ArchTest
    static final ArchRule the_core_api_stands_on_nothing_internal = classes()
            .that().resideInAPackage(Rooms.CORE_API)
            .should(Uses.notUse(resideInAPackage(Rooms.CORE).and(not(resideInAPackage(Rooms.CORE_API)))
                    .as("the core's internals")))
            .because("the API is what the host may build on; it must make sense without the implementation");

    @ArchTest
    static final ArchRule the_spi_depends_on_no_other_room = noClasses()
            .that().resideInAPackage(Rooms.SPI)
            .should().dependOnClassesThat().resideInAnyPackage(Rooms.PERSISTENCE, Rooms.CORE, Rooms.HOST,
                    Rooms.TESTKIT)
            .orShould().dependOnClassesThat().resideInAnyPackage(Rooms.modulePackages())
            .because("every module and the platform build on the SPI, so it stands on nothing of ours");

    @ArchTest
    static final ArchRule modules_enter_the_platform_only_through_the_spi = classes()
            .that().resideInAnyPackage(Rooms.modulePackages())
            .should(useOnlyTheSpiAndPublishedModuleApis())
            .because("a module is built, deployed and removed on its own");

    @ArchTest
    static final ArchRule no_package_takes_part_in_a_cycle = all(new AbstractClassesTransformer<JavaClasses>(
            "the packages of the product") {
        @Override
        public Iterable<JavaClasses> doTransform(JavaClasses classes) {
            return List.of(classes);
        }
    }).should(PackageCycles.beFreeOfCycles());

    /**
     * Of our own packages a module may use the SPI, itself, and another module's published API — the module's root
     * package and its sub-packages other than {@code internal}.
     */
    private static ArchCondition<JavaClass> useOnlyTheSpiAndPublishedModuleApis() {
        return new ArchCondition<>("use only the SPI, their own packages and other modules' published API") {
            @Override
            public void check(JavaClass item, ConditionEvents events) {
                String own = Rooms.roomOf(item.getName());
                for (Dependency dependency : item.getDirectDependenciesFromSelf()) {
                    String target = dependency.getTargetClass().getName();
                    String room = Rooms.roomOf(target);
                    if (room.isEmpty() || room.equals(own) || room.equals("spi")) {
                        continue;
                    }
                    boolean publishedApiOfAModule = Rooms.MODULES.contains(room) && !target.contains(".internal.");
                    if (!publishedApiOfAModule) {
                        events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                    }
                }
            }
        };
    }
}
