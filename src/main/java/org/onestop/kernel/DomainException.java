package org.onestop.kernel;

import java.util.Arrays;

/**
 * A rule of the domain said no. Carries a stable {@link #code()} that clients can rely on and
 * that the web layer turns into a message in the user's language (message key
 * {@code error.<code>}, arguments {@link #arguments()}); {@link #getMessage()} is the English
 * text, used in logs and whenever no translation exists.
 */
public class DomainException extends RuntimeException {

    /** What kind of "no" this is; the web layer maps it to an HTTP status. */
    public enum Kind { INVALID, UNAUTHENTICATED, FORBIDDEN, NOT_FOUND, CONFLICT, PRECONDITION_FAILED, TOO_MANY_REQUESTS }

    private final Kind kind;
    private final String code;
    private final transient Object[] arguments;

    public DomainException(Kind kind, String code, String englishMessage, Object... arguments) {
        super(englishMessage);
        this.kind = kind;
        this.code = code;
        this.arguments = arguments.clone();
    }

    public static DomainException invalid(String code, String englishMessage, Object... arguments) {
        return new DomainException(Kind.INVALID, code, englishMessage, arguments);
    }

    public static DomainException unauthenticated(String code, String englishMessage, Object... arguments) {
        return new DomainException(Kind.UNAUTHENTICATED, code, englishMessage, arguments);
    }

    public static DomainException forbidden(String code, String englishMessage, Object... arguments) {
        return new DomainException(Kind.FORBIDDEN, code, englishMessage, arguments);
    }

    public static DomainException notFound(String code, String englishMessage, Object... arguments) {
        return new DomainException(Kind.NOT_FOUND, code, englishMessage, arguments);
    }

    public Kind kind() {
        return kind;
    }

    public String code() {
        return code;
    }

    public Object[] arguments() {
        return arguments.clone();
    }

    @Override
    public String toString() {
        return "DomainException[" + code + ": " + getMessage() + " " + Arrays.toString(arguments) + "]";
    }
}
