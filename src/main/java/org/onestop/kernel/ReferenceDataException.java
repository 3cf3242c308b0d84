package org.onestop.kernel;

/**
 * A data file shipped with or configured for OneStop (reference data, calendars, the register)
 * is wrong. Its message is one line that names the file and what is wrong with it, so that a
 * start-up that meets such a file stops with a reason an administrator can act on.
 */
public class ReferenceDataException extends RuntimeException {

    public ReferenceDataException(String file, String problem) {
        super(file + ": " + problem);
    }

    public ReferenceDataException(String file, String problem, Throwable cause) {
        super(file + ": " + problem, cause);
    }
}
