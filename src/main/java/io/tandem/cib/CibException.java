package io.tandem.cib;

/** A CIB that cannot be read or is not valid; the message names the element and the problem. */
public class CibException extends RuntimeException {
    public CibException(String message) {
        super(message);
    }
}
