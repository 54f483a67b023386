package io.tandem.executor;

/** Meta-data that is not usable XML, or not a resource-agent description. */
public class MetadataException extends RuntimeException {
    public MetadataException(String message) {
        super(message);
    }
}
