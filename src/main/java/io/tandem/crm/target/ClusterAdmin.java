package io.tandem.crm.target;

import java.util.List;
import java.util.Optional;

/**
 * What only a running cluster can do for crm, implemented by the controller: clean up a resource
 * through the DC (it deletes history and fail-counts, then re-probes), update transient node
 * attributes through attrd, and tell where resources run. The file target has no ClusterAdmin; crm
 * then edits the status section itself.
 */
public interface ClusterAdmin {

    /** Cleans {@code resources} on {@code node} (all nodes when empty); returns the controller's reply text. */
    String cleanup(List<String> resources, Optional<String> node);

    /** Sets (or deletes, when value is empty) a transient node attribute. */
    void transientAttribute(String node, String name, Optional<String> value);

    /** The node crm runs on (the default of {@code node standby} and friends). */
    String localNode();

    /** The nodes where a resource is active right now (empty when stopped). */
    List<String> runningOn(String resource);
}
