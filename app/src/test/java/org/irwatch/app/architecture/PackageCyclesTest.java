package org.irwatch.app.architecture;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * No package of a module depends, through others, on itself: each package can be read, tested and changed with
 * only the packages below it in mind. {@link PackageCycleRulesCanFailTest} proves the rules report a cycle.
 */
@AnalyzeClasses(packages = "org.irwatch", importOptions = ImportOption.DoNotIncludeTests.class)
public final class PackageCyclesTest {

    @ArchTest
    public static final ArchRule APP_PACKAGES_ARE_FREE_OF_CYCLES = slices().matching("org.irwatch.app.(*)..")
            .should().beFreeOfCycles()
            .because("screens depend on the screen contract, the shell implements it, and only the window and the "
                    + "command line know the composition root: nothing below depends on what sits above it");

    @ArchTest
    public static final ArchRule CORE_PACKAGES_ARE_FREE_OF_CYCLES = slices().matching("org.irwatch.core.(*)..")
            .should().beFreeOfCycles()
            .because("each domain package builds on the ones below it and never on what uses it");

    @ArchTest
    public static final ArchRule DATA_PACKAGES_ARE_FREE_OF_CYCLES = slices().matching("org.irwatch.data.(*)..")
            .should().beFreeOfCycles()
            .because("each repository package builds on the shared database packages and never on another's users");
}
