package org.onestop.kernel.web;

import java.sql.SQLException;
import org.onestop.kernel.InvalidSettingException;
import org.onestop.kernel.ReferenceDataException;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.validation.BindValidationException;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.validation.FieldError;

/**
 * Turns the start-up failures an administrator can fix into one line that says what is wrong:
 * a wrong reference data file, a configuration value that does not fit or is missing, a
 * database that cannot be reached. Registered in {@code META-INF/spring.factories}; runs before Spring Boot's own.
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
public class StartupFailureAnalyzer implements FailureAnalyzer {

    @Override
    public FailureAnalysis analyze(Throwable failure) {
        ReferenceDataException data = find(failure, ReferenceDataException.class);
        if (data != null) {
            return new FailureAnalysis("Reference data file is wrong: " + data.getMessage(),
                    "Correct the file named above and start again.", failure);
        }
        InvalidSettingException setting = find(failure, InvalidSettingException.class);
        if (setting != null) {
            return new FailureAnalysis(setting.getMessage(), "Correct the setting (application.yml or its "
                    + "environment variable) and start again.", failure);
        }
        BindException bind = find(failure, BindException.class);
        if (bind != null) {
            return new FailureAnalysis(describe(bind), "Correct the setting (application.yml or its environment "
                    + "variable) and start again.", failure);
        }
        SQLException sql = find(failure, SQLException.class);
        if (sql != null && isConnectionFailure(sql)) {
            return new FailureAnalysis("Cannot connect to the database: " + firstLine(sql.getMessage()),
                    "Check ONESTOP_DB_URL, ONESTOP_DB_USER and ONESTOP_DB_PASSWORD, and that the database is up.",
                    failure);
        }
        return null;
    }

    private static String describe(BindException bind) {
        String property = bind.getName().toString();
        BindValidationException validation = find(bind, BindValidationException.class);
        if (validation != null && !validation.getValidationErrors().getAllErrors().isEmpty()) {
            var error = validation.getValidationErrors().getAllErrors().getFirst();
            if (error instanceof FieldError field) {
                property = property + "." + field.getField();
            }
            return "Configuration property " + property + " " + error.getDefaultMessage();
        }
        Object value = bind.getProperty() == null ? null : bind.getProperty().getValue();
        Class<?> target = bind.getTarget().getType().resolve();
        if (target != null && target.isEnum()) {
            return "Configuration property " + property + " has an invalid value '" + value + "': it must be one of "
                    + java.util.Arrays.stream(target.getEnumConstants())
                            .map(c -> c.toString().toLowerCase(java.util.Locale.ROOT))
                            .collect(java.util.stream.Collectors.joining(", "));
        }
        Throwable cause = bind.getCause() == null ? bind : rootCause(bind);
        return "Configuration property " + property + " has an invalid value '" + value + "': "
                + firstLine(cause.getMessage());
    }

    private static boolean isConnectionFailure(SQLException sql) {
        String state = sql.getSQLState();
        return state == null || state.startsWith("08") || state.startsWith("28") || state.startsWith("3D")
                || state.equals("90046") || state.equals("90013");
    }

    private static <T extends Throwable> T find(Throwable failure, Class<T> type) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }

    private static Throwable rootCause(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root;
    }

    private static String firstLine(String message) {
        return message == null ? "(no message)" : message.lines().findFirst().orElse(message).strip();
    }
}
