package org.onestop.kernel;

/**
 * A setting OneStop cannot start without is missing or wrong. Its message names the property and
 * says what to do, in one line, so that the start-up failure analysis can print it as it is.
 */
public class InvalidSettingException extends RuntimeException {

    private final String property;

    public InvalidSettingException(String property, String problem) {
        super("Configuration property " + property + " " + problem);
        this.property = property;
    }

    public String property() {
        return property;
    }
}
