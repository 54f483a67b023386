package io.tandem.boot;

import io.tandem.cli.Cibadmin;
import io.tandem.cli.CibCheck;
import io.tandem.cli.CrmVerify;
import io.tandem.cli.NotImplementedTool;
import io.tandem.cli.Pacemakerd;
import io.tandem.cli.Tool;
import io.tandem.cli.ValidatorCheck;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every tool the WAR answers to, by name. Tools are built on demand so that running one never loads
 * the others. To implement a tool, replace its {@link NotImplementedTool} here.
 */
public final class ToolRegistry {

    private final Map<String, ToolEntry> tools;

    public ToolRegistry(List<ToolEntry> entries) {
        Map<String, ToolEntry> m = new LinkedHashMap<>();
        for (ToolEntry e : entries) {
            if (m.put(e.name(), e) != null) {
                throw new IllegalArgumentException("tool '" + e.name() + "' is registered twice");
            }
        }
        this.tools = java.util.Collections.unmodifiableMap(m);
    }

    public static ToolRegistry standard() {
        CibCheck check = new ValidatorCheck();
        return new ToolRegistry(List.of(
                later("crm", "the crm shell: configure and manage the cluster"),
                new ToolEntry("crm_mon", "show the cluster's status (offline with CIB_file)", () -> new io.tandem.cli.CrmMon(java.time.InstantSource.system(), java.time.ZoneId.systemDefault(), io.tandem.cli.CibSource.notConnected(), d -> Thread.sleep(d))),
                later("crm_simulate", "run the scheduler on a CIB and show what it would do"),
                new ToolEntry("cibadmin", "query and replace the CIB (offline with CIB_file)",
                        () -> new Cibadmin(check)),
                new ToolEntry("crm_verify", "check a CIB for errors (-L with CIB_file, or -x FILE)",
                        () -> new CrmVerify(check)),
                later("crm_resource", "manage resources: move, ban, clear, cleanup, ..."),
                later("crm_attribute", "query and set cluster properties and node attributes"),
                later("attrd_updater", "query and set transient node attributes"),
                later("crm_node", "show and manage cluster nodes"),
                new ToolEntry("pacemakerd", "prints the Pacemaker version Tandem implements (-$)", Pacemakerd::new),
                later("keygen", "create the cluster's authentication key"),
                later("useradd", "add a user who may log in to the web UI"),
                later("bench", "measure the scheduler and the store"),
                later("cts", "run the cluster test suite against a running cluster")));
    }

    private static ToolEntry later(String name, String summary) {
        return new ToolEntry(name, summary, NotImplementedTool::new);
    }

    public Optional<Tool> tool(String name) {
        return Optional.ofNullable(tools.get(name)).map(e -> e.factory().get());
    }

    public List<ToolEntry> entries() {
        return List.copyOf(tools.values());
    }
}
