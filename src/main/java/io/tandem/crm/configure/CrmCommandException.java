package io.tandem.crm.configure;

/** A command that failed; the message is printed after {@code ERROR: } and nothing is changed. */
public class CrmCommandException extends RuntimeException {
    public CrmCommandException(String message) {
        super(message);
    }
}
