package io.tandem.attrd;

/** The port to the CIB: the controller records attribute values (transient in status, permanent in nodes). */
public interface AttributeWriter {
    void write(AttributeWrite write);
}
