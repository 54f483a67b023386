package io.tandem.cli;

import io.tandem.cib.XmlElement;

/**
 * Pacemaker's version rule for a write: given the current CIB and the proposed one, the CIB to store
 * with admin_epoch/epoch/num_updates set. Throws {@link io.tandem.cib.CibException} when the proposal
 * is older than the current CIB. Supplied by boot.
 */
@FunctionalInterface
public interface CibVersioning {
    XmlElement next(XmlElement current, XmlElement proposed);
}
