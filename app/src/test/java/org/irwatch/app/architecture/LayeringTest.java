package org.irwatch.app.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.belongToAnyOf;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.GeneralCodingRules;
import org.irwatch.data.db.DataDirectory;

/**
 * The layering of HOUSE-STYLE.md, {@code app -> core <- data}, checked on the production classes of all three
 * modules (the app's test class path holds core and data). {@link LayeringRulesCanFailTest} proves the rules
 * report violations.
 */
@AnalyzeClasses(packages = "org.irwatch", importOptions = ImportOption.DoNotIncludeTests.class)
public final class LayeringTest {

    /** The rules below prove nothing if the import missed a module: core and data come from their jars. */
    @ArchTest
    static void importHoldsTheProductionClassesOfAllThreeModules(JavaClasses classes) {
        assertThat(classes.contain("org.irwatch.core.council.CouncilDirectory")).as("core").isTrue();
        assertThat(classes.contain("org.irwatch.data.db.Database")).as("data").isTrue();
        assertThat(classes.contain("org.irwatch.data.jooq.Tables")).as("generated jOOQ code").isTrue();
        assertThat(classes.contain("org.irwatch.app.wiring.AppServices")).as("app").isTrue();
        assertThat(classes.that(resideInAPackage("org.irwatch.app.archfixture.."))).as("test classes").isEmpty();
        assertThat(classes.that(resideInAPackage("org.irwatch.core.archfixture.."))).as("test classes").isEmpty();
    }

    @ArchTest
    public static final ArchRule CORE_DEPENDS_ON_NO_OTHER_LAYER_OR_TECHNOLOGY = noClasses()
            .that().resideInAPackage("org.irwatch.core..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.irwatch.data..", "org.irwatch.app..",
                    "javafx..", "java.sql..", "org.jooq..", "org.flywaydb..", "org.h2..")
            .because("core holds the domain and its rules as plain Java: the window, the database and the SQL "
                    + "tools plug into it, never the other way round");

    @ArchTest
    public static final ArchRule DATA_DEPENDS_ON_NEITHER_APP_NOR_JAVAFX = noClasses()
            .that().resideInAPackage("org.irwatch.data..")
            .should().dependOnClassesThat().resideInAnyPackage("org.irwatch.app..", "javafx..")
            .because("data implements core's repositories and must work without a window (command line, tests)");

    @ArchTest
    public static final ArchRule APP_USES_NO_DATABASE_TECHNOLOGY = noClasses()
            .that().resideInAPackage("org.irwatch.app..")
            .should().dependOnClassesThat().resideInAnyPackage("org.jooq..", "java.sql..", "org.h2..")
            .because("SQL lives in data only; the app reads and writes through core's interfaces");

    @ArchTest
    public static final ArchRule ONLY_THE_COMPOSITION_ROOT_AND_COMMAND_LINE_KNOW_DATA = noClasses()
            .that().resideInAPackage("org.irwatch.app..")
            .and().resideOutsideOfPackages("org.irwatch.app.cli..", "org.irwatch.app.wiring..")
            .should().dependOnClassesThat().resideInAPackage("org.irwatch.data..")
            .because("views and view models use core's interfaces and ports; the composition root "
                    + "(org.irwatch.app.wiring) alone wires data's implementations into them");

    /** One package per screen of the window. */
    private static final String[] SCREEN_PACKAGES = {"org.irwatch.app.market..", "org.irwatch.app.providers..",
        "org.irwatch.app.changes..", "org.irwatch.app.events..", "org.irwatch.app.charts..",
        "org.irwatch.app.workers..", "org.irwatch.app.reports..", "org.irwatch.app.data.."};

    @ArchTest
    public static final ArchRule SCREENS_SEE_THE_WINDOW_ONLY_THROUGH_THE_SCREEN_CONTRACT = noClasses()
            .that().resideInAnyPackage(SCREEN_PACKAGES)
            .should().dependOnClassesThat().resideInAnyPackage("org.irwatch.app.shell..",
                    "org.irwatch.app.window..", "org.irwatch.app.wiring..", "org.irwatch.app.cli..")
            .because("a screen is built with the core services and ports it uses and sees the window through "
                    + "org.irwatch.app.screen; it never reaches the shell, the launcher or the composition root");

    @ArchTest
    public static final ArchRule THE_SHELL_KNOWS_SCREENS_ONLY_THROUGH_THE_CONTRACT = noClasses()
            .that().resideInAPackage("org.irwatch.app.shell..")
            .should().dependOnClassesThat().resideInAnyPackage(SCREEN_PACKAGES)
            .orShould().dependOnClassesThat().resideInAnyPackage("org.irwatch.app.window..",
                    "org.irwatch.app.wiring..")
            .because("the window launcher builds the screens and hands them to the shell in display order, so a "
                    + "new screen changes no line of the shell");

    @ArchTest
    public static final ArchRule COMMAND_LINE_USES_ONLY_DATA_DIRECTORY_FROM_DATA = noClasses()
            .that().resideInAPackage("org.irwatch.app.cli..")
            .should().dependOnClassesThat(resideInAPackage("org.irwatch.data..")
                    .and(not(belongToAnyOf(DataDirectory.class))))
            .because("the command line resolves the data folder with data's DataDirectory and gets everything "
                    + "else through the composition root, AppServices");

    @ArchTest
    public static final ArchRule GENERATED_JOOQ_CODE_STAYS_IN_DATA = noClasses()
            .that().resideOutsideOfPackage("org.irwatch.data..")
            .should().dependOnClassesThat().resideInAPackage("org.irwatch.data.jooq..")
            .because("repositories return core types, never jOOQ records or tables");

    @ArchTest
    public static final ArchRule NO_JAVA_UTIL_LOGGING = GeneralCodingRules.NO_CLASSES_SHOULD_USE_JAVA_UTIL_LOGGING
            .because("IR Watch logs through SLF4J, configured once in simplelogger.properties");

    @ArchTest
    public static final ArchRule LOGGING_ONLY_THROUGH_SLF4J = noClasses()
            .should().dependOnClassesThat().resideInAnyPackage(
                    "java.util.logging..", "org.apache.log4j..", "org.apache.logging.log4j..",
                    "org.apache.commons.logging..")
            .because("IR Watch logs through SLF4J, so one configuration decides what is written where");

    @ArchTest
    public static final ArchRule STANDARD_STREAMS_ONLY_IN_THE_COMMAND_LINE = noClasses()
            .that().resideOutsideOfPackage("org.irwatch.app.cli..")
            .should(GeneralCodingRules.ACCESS_STANDARD_STREAMS)
            .because("the window's output goes to the log; only commands print, and they print through "
                    + "picocli's writers so they can be tested");
}
