package org.citizenservices.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.AbstractClassesTransformer;
import com.tngtech.archunit.lang.EvaluationResult;
import org.citizenservices.architecture.fixtures.ring.a.Left;
import org.citizenservices.architecture.fixtures.ring.b.Right;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.all;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static org.assertj.core.api.Assertions.assertThat;

/** The hand-written conditions report what they should: a rule that passes has been asked a real question. */
class RulesCanFailTest {

    private final JavaClasses ring = new ClassFileImporter().importClasses(Left.class, Right.class);

    @Test
    void a_package_cycle_is_reported_once_per_package_with_its_companions() {
        EvaluationResult result = all(new AbstractClassesTransformer<JavaClasses>("the fixture") {
            @Override
            public Iterable<JavaClasses> doTransform(JavaClasses classes) {
                return List.of(classes);
            }
        }).should(PackageCycles.beFreeOfCycles()).evaluate(ring);

        assertThat(result.getFailureReport().getDetails()).containsExactlyInAnyOrder(
                "Package <org.citizenservices.architecture.fixtures.ring.a> is in a cycle with "
                        + "[org.citizenservices.architecture.fixtures.ring.b]",
                "Package <org.citizenservices.architecture.fixtures.ring.b> is in a cycle with "
                        + "[org.citizenservices.architecture.fixtures.ring.a]");
    }

    @Test
    void a_forbidden_use_names_both_classes_and_nothing_that_moves() {
        EvaluationResult result = classes().that().resideInAPackage("..ring.a..")
                .should(Uses.notUse(resideInAPackage("..ring.b..")))
                .evaluate(ring);

        assertThat(result.getFailureReport().getDetails()).containsExactly(
                "Class <org.citizenservices.architecture.fixtures.ring.a.Left> uses "
                        + "<org.citizenservices.architecture.fixtures.ring.b.Right>");
    }
}
