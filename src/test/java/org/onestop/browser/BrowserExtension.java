package org.onestop.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * Runs {@link BrowserTest}s: skips them when Chromium or chromedriver is missing (fails instead
 * under {@code ONESTOP_REQUIRE_BROWSER=1}), gives each test class one browser with JavaScript and,
 * when asked, one without, starts every test with no cookies, and saves the evidence of a failure.
 */
final class BrowserExtension implements ExecutionCondition, BeforeAllCallback, BeforeEachCallback,
        ParameterResolver, TestExecutionExceptionHandler {

    static final Path CHROMIUM = Path.of(env("ONESTOP_CHROMIUM", "/usr/bin/chromium"));
    static final Path CHROMEDRIVER = Path.of(env("ONESTOP_CHROMEDRIVER", "/usr/bin/chromedriver"));
    static final Path EVIDENCE = Path.of("target", "browser-screenshots");

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(BrowserExtension.class);

    /** The browsers of one test class, closed with it. */
    private static final class Browsers implements AutoCloseable {

        private final List<Browser> started = new ArrayList<>();

        Browser get(boolean javaScript, String baseUrl) {
            return started.stream().filter(b -> b.javaScript() == javaScript).findFirst().orElseGet(() -> {
                Browser browser = new Browser(CHROMIUM, CHROMEDRIVER, baseUrl, javaScript);
                started.add(browser);
                return browser;
            });
        }

        @Override
        public void close() {
            started.forEach(Browser::close);
        }
    }

    /** Each test is skipped, with the reason, when there is no browser and none is required. */
    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (context.getTestMethod().isEmpty() || required()) {
            return ConditionEvaluationResult.enabled("a browser is looked for before each test");
        }
        return missing().map(reason -> ConditionEvaluationResult.disabled(reason
                        + ": browser test skipped (apt-get install chromium chromium-driver)"))
                .orElseGet(() -> ConditionEvaluationResult.enabled("Chromium at " + CHROMIUM));
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        missing().filter(reason -> required()).ifPresent(reason -> {
            throw new IllegalStateException(reason + ", and ONESTOP_REQUIRE_BROWSER=1 requires the browser tests");
        });
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        browsers(context).started.forEach(Browser::reset);
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == Browser.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        String port = SpringExtension.getApplicationContext(context).getEnvironment().getProperty("local.server.port");
        Browser browser = browsers(context).get(!parameter.isAnnotated(JavaScriptOff.class), "http://localhost:" + port);
        browser.reset();
        return browser;
    }

    @Override
    public void handleTestExecutionException(ExtensionContext context, Throwable failure) throws Throwable {
        String name = context.getRequiredTestClass().getSimpleName() + "." + context.getRequiredTestMethod().getName();
        for (Browser browser : browsers(context).started) {
            browser.saveEvidence(EVIDENCE, name + (browser.javaScript() ? "" : ".no-js"));
        }
        throw failure;
    }

    /** Why the browser tests cannot run here, if they cannot. */
    static Optional<String> missing() {
        if (!Files.isExecutable(CHROMIUM)) {
            return Optional.of("no Chromium at " + CHROMIUM);
        }
        if (!Files.isExecutable(CHROMEDRIVER)) {
            return Optional.of("no chromedriver at " + CHROMEDRIVER);
        }
        return Optional.empty();
    }

    private static boolean required() {
        return "1".equals(System.getenv("ONESTOP_REQUIRE_BROWSER"));
    }

    private static Browsers browsers(ExtensionContext context) {
        ExtensionContext classContext = context.getTestMethod().isPresent() ? context.getParent().orElseThrow() : context;
        return classContext.getStore(NAMESPACE).computeIfAbsent(Browsers.class, k -> new Browsers(), Browsers.class);
    }

    private static String env(String name, String otherwise) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? otherwise : value;
    }
}
