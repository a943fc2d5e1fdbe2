package kr.gongyu.web;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/** Skips browser tests, loudly, where Debian's Chromium is not installed (CI installs it). */
final class BrowserAvailable implements ExecutionCondition {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    private static final AtomicBoolean announced = new AtomicBoolean();

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (Files.isExecutable(CHROMIUM)) {
            return ConditionEvaluationResult.enabled("Chromium at " + CHROMIUM);
        }
        var reason = "SKIPPED browser tests: no Chromium at " + CHROMIUM + " (apt-get install chromium)";
        if (announced.compareAndSet(false, true)) {
            System.err.println("\n*** " + reason + " ***\n");
        }
        return ConditionEvaluationResult.disabled(reason);
    }
}
