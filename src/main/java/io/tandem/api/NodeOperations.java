package io.tandem.api;

import io.tandem.attrd.AttributeSnapshot;
import io.tandem.attrd.AttributeUpdate;
import io.tandem.cib.Cib;
import io.tandem.cib.XmlElement;
import java.util.List;
import java.util.Optional;

/**
 * What the HTTP API may ask of the local node. Implemented in boot over the controller and attrd
 * (later by the service facade). Calls block until the cluster answered, within the implementation's timeout.
 */
public interface NodeOperations {

    /** The node's current copy of the CIB. */
    Cib cib();

    /**
     * Replaces the configuration. With an expected version, the commit is refused as a
     * {@link Commit.Outcome#CONFLICT} if the CIB has moved on.
     */
    Commit commitConfiguration(String user, XmlElement configuration, Optional<String> expectedVersion);

    /** Clears the resources' history and fail-counts on one node (or all), so they are re-probed. */
    Commit cleanup(String user, List<String> resources, Optional<String> node);

    void updateAttribute(AttributeUpdate update);

    Optional<String> queryAttribute(String name, String node);

    List<AttributeSnapshot> attributes();

    ClusterMembership membership();
}
