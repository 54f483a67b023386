package io.tandem.crm.shell;

import io.tandem.crm.agent.AgentCatalog;
import io.tandem.crm.agent.InstalledAgentCatalog;
import io.tandem.crm.target.CibTarget;
import io.tandem.crm.target.ClusterAdmin;
import io.tandem.crm.target.PlacementView;
import io.tandem.crm.target.StatusView;
import java.time.InstantSource;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * What the wiring plugs into crm: the live target and its admin port, the status and placement views,
 * and the agent catalog. Offline (CIB_file) needs none but the catalog.
 */
public record CrmContext(Optional<Supplier<CibTarget>> live, Optional<ClusterAdmin> admin,
        Optional<StatusView> status, Optional<PlacementView> placement, AgentCatalog agents, InstantSource clock) {

    /** Offline: installed agents only, no cluster; the clock dates move/ban lifetimes. */
    public static CrmContext offline(InstantSource clock) {
        return new CrmContext(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                InstalledAgentCatalog.system(), clock);
    }
}
