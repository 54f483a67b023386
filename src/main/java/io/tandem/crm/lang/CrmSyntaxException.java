package io.tandem.crm.lang;

/** A line crmsh would refuse; the message is the text after {@code ERROR: }. */
public class CrmSyntaxException extends RuntimeException {
    public CrmSyntaxException(String message) {
        super(message);
    }
}
