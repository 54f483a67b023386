package io.tandem.store;

import io.tandem.cib.XmlElement;

/** A CIB as stored, with the version read from its root. */
public record StoredCib(CibVersion version, XmlElement cib) {

    public static StoredCib of(XmlElement cib) {
        return new StoredCib(CibVersion.of(cib), cib);
    }
}
