package io.tandem.boot;

import io.tandem.cli.BasicCibCheck;
import io.tandem.cli.CibCheck;

/**
 * The CIB validation the tools and the node use. TODO(lead): once io.tandem.cib has
 * {@code Cib.fromXml} and {@code CibValidator.validate}, chain them after the basic check here:
 * map each CibProblem (id, message, severity) to a CibFinding, and a CibException from fromXml to an
 * error finding naming the element.
 */
final class CibChecks {

    private CibChecks() {
    }

    static CibCheck standard() {
        return new BasicCibCheck();
    }
}
