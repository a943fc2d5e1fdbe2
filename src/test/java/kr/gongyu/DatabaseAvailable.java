package kr.gongyu;

import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/** Skips integration tests, loudly, when this run is for PostgreSQL and no PostgreSQL server was named. */
final class DatabaseAvailable implements ExecutionCondition {

    private static final AtomicBoolean announced = new AtomicBoolean();

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (!TestDatabase.kind().equals("postgresql") || TestDatabase.postgresServer() != null) {
            return ConditionEvaluationResult.enabled("running on " + TestDatabase.kind());
        }
        var reason = "SKIPPED on PostgreSQL: " + TestDatabase.PG_URL_VARIABLE
                + " is not set (e.g. jdbc:postgresql://127.0.0.1:5432/test?user=postgres)";
        if (announced.compareAndSet(false, true)) {
            System.err.println("\n*** Integration tests " + reason + " ***\n");
        }
        return ConditionEvaluationResult.disabled(reason);
    }
}
