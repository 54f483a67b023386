package io.tandem.cli;

import io.tandem.cib.CibProblem;
import io.tandem.cib.XmlElement;
import java.util.List;

/** Validates a whole CIB document; an empty list means valid. A seam so tests can script findings. */
@FunctionalInterface
public interface CibCheck {
    List<CibProblem> check(XmlElement cib);
}
