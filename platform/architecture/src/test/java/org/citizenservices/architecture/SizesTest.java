package org.citizenservices.architecture;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

/**
 * Small classes and short methods: a production source file of at most 300 lines, a method or constructor of at
 * most 60.
 */
@AnalyzeClasses(packages = Rooms.BASE, importOptions = {ImportOption.DoNotIncludeTests.class, NoTestJars.class})
class SizesTest {

    @ArchTest
    static final ArchRule no_production_class_is_over_300_lines = classes()
            .that().areTopLevelClasses()
            .should(beShortEnough());

    private static ArchCondition<JavaClass> beShortEnough() {
        return new ArchCondition<>("be at most " + SourceSizes.MAX_CLASS_LINES + " lines, with no method over "
                + SourceSizes.MAX_METHOD_LINES) {
            @Override
            public void check(JavaClass item, ConditionEvents events) {
                SourceSizes.SourceFile source = SourceSizes.all().get(item.getName());
                if (source == null) {
                    return; // generated or from a dependency: no source of ours to measure
                }
                if (source.lines() > SourceSizes.MAX_CLASS_LINES) {
                    events.add(SimpleConditionEvent.violated(item, "Class <" + item.getName() + "> is longer than "
                            + SourceSizes.MAX_CLASS_LINES + " lines"));
                }
                for (String callable : source.longCallables()) {
                    events.add(SimpleConditionEvent.violated(item, "Method <" + item.getPackageName() + "."
                            + callable + "> is longer than " + SourceSizes.MAX_METHOD_LINES + " lines"));
                }
            }
        };
    }
}
