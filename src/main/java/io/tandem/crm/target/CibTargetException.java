package io.tandem.crm.target;

/** The CIB could not be read or written; the message says why (path, version conflict...). */
public class CibTargetException extends RuntimeException {
    public CibTargetException(String message) {
        super(message);
    }
}
