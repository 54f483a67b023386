package io.tandem.boot;

import io.tandem.cli.AttrdUpdater;
import io.tandem.cli.Cibadmin;
import io.tandem.cli.ClientFactory;
import io.tandem.cli.CrmAttribute;
import io.tandem.cli.CrmNode;
import io.tandem.cli.CrmTool;
import io.tandem.crm.shell.CrmContext;
import io.tandem.executor.LocalAgentRun;
import io.tandem.membership.KeyGen;
import io.tandem.service.UserAdd;
import java.time.InstantSource;
import java.time.ZoneId;
import io.tandem.cli.CrmMonTools;
import io.tandem.cli.CibCheck;
import io.tandem.cli.CrmSimulate;
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
                new ToolEntry("crm", "the crm shell: configure and manage the cluster (crmsh 4.4 syntax)",
                        () -> (args, ctx) -> CrmTool.run(args, ctx.environment(), ctx.in(), ctx.out(), ctx.err(),
                                CrmContext.offline(InstantSource.system()))),
                new ToolEntry("crm_mon", "show the cluster's status (the running node's, or CIB_file)",
                        () -> CrmMonTools.crmMon(InstantSource.system(), ZoneId.systemDefault())),
                new ToolEntry("crm_simulate", "run the scheduler on a CIB and show what it would do",
                        () -> (args, ctx) -> CrmSimulate.run(args, ctx.environment(), ctx.in(), ctx.out(), ctx.err())),
                new ToolEntry("cibadmin", "query and replace the CIB (of the running node, or CIB_file)",
                        () -> new Cibadmin(check)),
                new ToolEntry("crm_verify", "check a CIB for errors (-L with CIB_file, or -x FILE)",
                        () -> new CrmVerify(check)),
                new ToolEntry("crm_resource", "run one agent action locally (--validate, --force-start/stop/check)",
                        () -> (args, ctx) -> LocalAgentRun.run(args, ctx.environment(), ctx.out(), ctx.err())),
                new ToolEntry("crm_attribute", "query and set cluster properties and node attributes",
                        () -> new CrmAttribute(ClientFactory.standard())),
                new ToolEntry("attrd_updater", "query and set transient node attributes",
                        () -> new AttrdUpdater(ClientFactory.standard())),
                new ToolEntry("crm_node", "show this node, the cluster's nodes, quorum and partition",
                        () -> new CrmNode(ClientFactory.standard())),
                new ToolEntry("pacemakerd", "prints the Pacemaker version Tandem implements (-$)", Pacemakerd::new),
                new ToolEntry("keygen", "create the cluster's authentication key (-k FILE)",
                        () -> (args, ctx) -> KeyGen.run(args, ctx.out(), ctx.err())),
                new ToolEntry("useradd", "add a user who may log in to the web UI",
                        () -> (args, ctx) -> UserAdd.run(args, ctx.environment(), ctx.in(), ctx.out(), ctx.err())),
                new ToolEntry("bench", "benchmarks: bench scheduler|membership|executor", BenchTool::new),
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
