package kr.gongyu;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * The statements one thread sends to the database while it does something, counted at the JDBC level: each
 * execution of a statement, and the transaction's begin (auto-commit turned off), commit and rollback, as the
 * database's statement log would show them. Other threads (jobs, other tests) are not counted.
 */
public final class Statements {

    private static final ThreadLocal<@Nullable List<String>> SENT = new ThreadLocal<>();

    private static final Set<String> EXECUTIONS =
            Set.of("execute", "executeQuery", "executeUpdate", "executeLargeUpdate", "executeBatch");

    private Statements() {}

    /** The statements sent while the work ran on this thread, in order: SQL text, BEGIN, COMMIT or ROLLBACK. */
    public static List<String> sentDuring(Runnable work) {
        var sent = new ArrayList<String>();
        SENT.set(sent);
        try {
            work.run();
        } finally {
            SENT.remove();
        }
        return sent;
    }

    private static void sent(String statement) {
        var sent = SENT.get();
        if (sent != null) {
            sent.add(statement.strip());
        }
    }

    private static Object invoke(Object target, Method method, @Nullable Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    private static Connection counting(Connection connection) {
        InvocationHandler handler = (proxy, method, args) -> {
            switch (method.getName()) {
                case "setAutoCommit" -> {
                    if (!(Boolean) args[0] && connection.getAutoCommit()) {
                        sent("BEGIN");
                    }
                }
                case "commit" -> sent("COMMIT");
                case "rollback" -> sent("ROLLBACK");
                default -> {}
            }
            var result = invoke(connection, method, args);
            if (result instanceof Statement statement && !method.getName().equals("unwrap")) {
                var sql = method.getName().startsWith("prepare") ? (String) args[0] : null;
                return counting(statement, sql);
            }
            return result;
        };
        return (Connection)
                Proxy.newProxyInstance(Statements.class.getClassLoader(), new Class<?>[] {Connection.class}, handler);
    }

    private static Statement counting(Statement statement, @Nullable String prepared) {
        InvocationHandler handler = (proxy, method, args) -> {
            if (EXECUTIONS.contains(method.getName())) {
                sent(prepared != null ? prepared : args == null ? "batch" : String.valueOf(args[0]));
            }
            return invoke(statement, method, args);
        };
        var interfaces = new ArrayList<Class<?>>();
        for (var type :
                new Class<?>[] {java.sql.CallableStatement.class, java.sql.PreparedStatement.class, Statement.class}) {
            if (type.isInstance(statement)) {
                interfaces.add(type);
            }
        }
        return (Statement)
                Proxy.newProxyInstance(Statements.class.getClassLoader(), interfaces.toArray(Class<?>[]::new), handler);
    }

    /**
     * Wraps the application's data source so that {@link #sentDuring} sees what goes through it, and so that a
     * thread can be refused connections ({@link PoolExhausted}).
     */
    @TestConfiguration(proxyBeanMethods = false)
    public static class Configuration {

        @Bean
        static BeanPostProcessor countingDataSource() {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String name) {
                    if (bean instanceof DataSource dataSource && !(bean instanceof DelegatingDataSource)) {
                        return new DelegatingDataSource(dataSource) {
                            @Override
                            public Connection getConnection() throws java.sql.SQLException {
                                PoolExhausted.check();
                                return counting(super.getConnection());
                            }

                            @Override
                            public Connection getConnection(String username, String password)
                                    throws java.sql.SQLException {
                                PoolExhausted.check();
                                return counting(super.getConnection(username, password));
                            }
                        };
                    }
                    return bean;
                }
            };
        }
    }
}
