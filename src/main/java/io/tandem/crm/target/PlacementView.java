package io.tandem.crm.target;

import io.tandem.cib.Cib;
import java.util.List;
import java.util.Map;

/**
 * The scheduler's view that {@code resource locate} and {@code resource scores} need; implemented
 * over the scheduler and plugged in by the wiring.
 */
public interface PlacementView {

    /** Nodes where the resource is (or would be) active. */
    List<String> locate(Cib cib, String resource);

    /** Allocation scores per resource and node, as crm_simulate -s prints them. */
    Map<String, Map<String, String>> scores(Cib cib);
}
