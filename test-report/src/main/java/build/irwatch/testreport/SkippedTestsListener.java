package build.irwatch.testreport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * Records every test that did not run, with its reason: disabled tests, and tests or whole classes stopped by a
 * failed assumption (one in {@code @BeforeAll} leaves its tests out of Surefire's counts altogether). Written to
 * {@code target/skipped-tests.txt} of the module under test, one line each, for {@link SkippedTestsReport}.
 * Registered through {@code META-INF/services}, so every module with this jar on its test class path records.
 */
public final class SkippedTestsListener implements TestExecutionListener {

    static final Path FILE = Path.of("target", "skipped-tests.txt");

    private final List<String> skipped = new ArrayList<>();
    private TestPlan plan;

    @Override
    public void testPlanExecutionStarted(TestPlan testPlan) {
        plan = testPlan;
        skipped.clear();
    }

    @Override
    public void executionSkipped(TestIdentifier test, String reason) {
        skipped.add(describe(test) + ": " + reason);
    }

    @Override
    public void executionFinished(TestIdentifier test, TestExecutionResult result) {
        if (result.getStatus() == TestExecutionResult.Status.ABORTED) {
            String reason = result.getThrowable().map(Throwable::getMessage).orElse("aborted");
            skipped.add(describe(test) + ": " + reason.replace('\n', ' '));
        }
    }

    @Override
    public void testPlanExecutionFinished(TestPlan testPlan) {
        try {
            Files.createDirectories(FILE.getParent());
            Files.write(FILE, skipped, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** "Class.method" for a test, "Class (all N tests)" for a class skipped as a whole. */
    private String describe(TestIdentifier test) {
        Optional<String> method = test.getSource().filter(MethodSource.class::isInstance).map(MethodSource.class::cast)
                .map(source -> simpleName(source.getClassName()) + "." + source.getMethodName());
        if (method.isPresent()) {
            // A parameterised test's cases share their method with it: their display names tell them apart.
            boolean oneOfSeveralCases = plan != null
                    && plan.getParent(test).flatMap(TestIdentifier::getSource).equals(test.getSource());
            return method.get() + (test.isContainer() ? " (all its cases)"
                    : oneOfSeveralCases ? " " + test.getDisplayName() : "");
        }
        String name = test.getSource().filter(ClassSource.class::isInstance).map(ClassSource.class::cast)
                .map(source -> simpleName(source.getClassName())).orElse(test.getDisplayName());
        long tests = plan == null ? 0 : plan.getDescendants(test).stream().filter(TestIdentifier::isTest).count();
        return name + " (all " + (tests > 0 ? tests + " " : "") + "tests)";
    }

    private static String simpleName(String className) {
        return className.substring(className.lastIndexOf('.') + 1);
    }
}
