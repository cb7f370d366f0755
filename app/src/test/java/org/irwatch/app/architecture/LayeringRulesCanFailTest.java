package org.irwatch.app.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import java.util.stream.Stream;
import org.irwatch.app.archfixture.ViewLoggingWithJul;
import org.irwatch.app.archfixture.ViewPrintingToStandardOut;
import org.irwatch.app.archfixture.ViewReachingIntoData;
import org.irwatch.app.market.ViewHoldingAppServices;
import org.irwatch.app.shell.ShellBuildingAScreen;
import org.irwatch.core.archfixture.CoreClassUsingJavaFx;
import org.irwatch.core.archfixture.CoreClassUsingJdbc;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each rule of {@link LayeringTest} run against a class in the test tree that breaks it on purpose: a rule
 * that cannot report a violation protects nothing. The fixtures live in the test tree, which LayeringTest
 * does not import.
 */
class LayeringRulesCanFailTest {

    static Stream<Arguments> brokenRules() {
        return Stream.of(
                Arguments.of("core using JavaFX", LayeringTest.CORE_DEPENDS_ON_NO_OTHER_LAYER_OR_TECHNOLOGY,
                        CoreClassUsingJavaFx.class, "javafx.scene.Node"),
                Arguments.of("core using JDBC", LayeringTest.CORE_DEPENDS_ON_NO_OTHER_LAYER_OR_TECHNOLOGY,
                        CoreClassUsingJdbc.class, "java.sql.Connection"),
                Arguments.of("a view wiring data", LayeringTest.ONLY_THE_COMPOSITION_ROOT_AND_COMMAND_LINE_KNOW_DATA,
                        ViewReachingIntoData.class, "org.irwatch.data.snapshot.JooqSnapshotRepository"),
                Arguments.of("a view reading jOOQ tables", LayeringTest.GENERATED_JOOQ_CODE_STAYS_IN_DATA,
                        ViewReachingIntoData.class, "org.irwatch.data.jooq.Tables"),
                Arguments.of("a view using jOOQ", LayeringTest.APP_USES_NO_DATABASE_TECHNOLOGY,
                        ViewReachingIntoData.class, "org.jooq.DSLContext"),
                Arguments.of("a view holding AppServices",
                        LayeringTest.SCREENS_SEE_THE_WINDOW_ONLY_THROUGH_THE_SCREEN_CONTRACT,
                        ViewHoldingAppServices.class, "org.irwatch.app.wiring.AppServices"),
                Arguments.of("the shell knowing a screen", LayeringTest.THE_SHELL_KNOWS_SCREENS_ONLY_THROUGH_THE_CONTRACT,
                        ShellBuildingAScreen.class, "org.irwatch.app.market.MarketView"),
                Arguments.of("a view printing", LayeringTest.STANDARD_STREAMS_ONLY_IN_THE_COMMAND_LINE,
                        ViewPrintingToStandardOut.class, "java.lang.System.out"),
                Arguments.of("a view logging with JUL", LayeringTest.LOGGING_ONLY_THROUGH_SLF4J,
                        ViewLoggingWithJul.class, "java.util.logging.Logger"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenRules")
    void ruleReportsTheViolatingDependency(String caseName, ArchRule rule, Class<?> fixture, String expectedInReport) {
        JavaClasses imported = new ClassFileImporter().importClasses(fixture);

        EvaluationResult result = rule.evaluate(imported);

        assertThat(result.hasViolation()).as("%s should break: %s", caseName, rule.getDescription()).isTrue();
        assertThat(result.getFailureReport().getDetails())
                .anySatisfy(line -> assertThat(line).contains(fixture.getName()).contains(expectedInReport));
    }
}
