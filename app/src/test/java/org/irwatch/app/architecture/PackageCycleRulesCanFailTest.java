package org.irwatch.app.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import java.util.stream.Stream;
import org.irwatch.app.archfixture.PartOfAPackageCycle;
import org.irwatch.app.archfixturecycle.OtherPartOfAPackageCycle;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each rule of {@link PackageCyclesTest} run against two test packages of its module that depend on each other on
 * purpose ({@code archfixture} and {@code archfixturecycle}): a rule that cannot report a cycle protects nothing.
 */
class PackageCycleRulesCanFailTest {

    static Stream<Arguments> rulesAndCycles() {
        return Stream.of(
                Arguments.of("app", PackageCyclesTest.APP_PACKAGES_ARE_FREE_OF_CYCLES,
                        PartOfAPackageCycle.class, OtherPartOfAPackageCycle.class),
                Arguments.of("core", PackageCyclesTest.CORE_PACKAGES_ARE_FREE_OF_CYCLES,
                        org.irwatch.core.archfixture.PartOfAPackageCycle.class,
                        org.irwatch.core.archfixturecycle.OtherPartOfAPackageCycle.class),
                Arguments.of("data", PackageCyclesTest.DATA_PACKAGES_ARE_FREE_OF_CYCLES,
                        org.irwatch.data.archfixture.PartOfAPackageCycle.class,
                        org.irwatch.data.archfixturecycle.OtherPartOfAPackageCycle.class));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rulesAndCycles")
    void ruleReportsTheCycleBetweenTwoPackages(String module, ArchRule rule, Class<?> one, Class<?> other) {
        JavaClasses imported = new ClassFileImporter().importClasses(one, other);

        EvaluationResult result = rule.evaluate(imported);

        assertThat(result.hasViolation()).as("%s should break: %s", module, rule.getDescription()).isTrue();
        assertThat(String.join("\n", result.getFailureReport().getDetails()))
                .contains(one.getName())
                .contains(other.getName());
    }
}
