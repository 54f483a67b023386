package io.tandem.scheduler;

import java.util.List;

/**
 * A colocation resolved to units: every dependent unit is placed relative to the nodes where the
 * primary units are placed. Group membership becomes INFINITY colocations between members.
 *
 * @param primaryIsClone the primary is a clone: "its nodes" means every node holding an instance
 * @param nodeAttribute  colocate by this node attribute instead of by node identity
 */
record Coloc(String id, List<Unit> dependents, List<Unit> primaries, int score, boolean primaryIsClone,
        String nodeAttribute) {
}
