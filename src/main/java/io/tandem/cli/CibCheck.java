package io.tandem.cli;

import io.tandem.cib.XmlElement;
import java.util.List;

/** Validates a whole CIB document; an empty list means valid. Supplied by boot. */
@FunctionalInterface
public interface CibCheck {
    List<CibFinding> check(XmlElement cib);
}
