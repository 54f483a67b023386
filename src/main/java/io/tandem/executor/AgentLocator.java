package io.tandem.executor;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Finds an agent on this host and says how to run one of its actions. Reads the file system only
 * (existence and permissions); runs nothing.
 */
public final class AgentLocator {

    private final List<Path> agentDirs;
    private final Path lsbDir;
    private final Path systemctl;
    private final boolean systemdRunning;

    public AgentLocator(List<Path> agentDirs, Path lsbDir, Path systemctl, boolean systemdRunning) {
        this.agentDirs = List.copyOf(agentDirs);
        this.lsbDir = lsbDir;
        this.systemctl = systemctl;
        this.systemdRunning = systemdRunning;
    }

    /** The host's usual places; systemd counts only when it is PID 1. */
    public static AgentLocator forNode(NodeEnvironment node) {
        return new AgentLocator(node.agentDirs(), Path.of("/etc/init.d"), Path.of("/usr/bin/systemctl"),
                Files.isDirectory(Path.of("/run/systemd/system")));
    }

    /** The agent's file for ocf and lsb agents, if installed. */
    public Optional<Path> find(AgentId agent) {
        if (agent.isOcf()) {
            for (Path dir : agentDirs) {
                Path p = dir.resolve(agent.provider()).resolve(agent.type());
                if (Files.isRegularFile(p)) {
                    return Optional.of(p);
                }
            }
            return Optional.empty();
        }
        if (AgentId.LSB.equals(agent.standard())) {
            Path p = lsbDir.resolve(agent.type());
            return Files.isRegularFile(p) ? Optional.of(p) : Optional.empty();
        }
        return Optional.empty();
    }

    public AgentCommand command(AgentId agent, String action) {
        return switch (agent.standard()) {
            case AgentId.OCF -> ocf(agent, action);
            case AgentId.LSB -> lsb(agent, action);
            case AgentId.SERVICE, AgentId.SYSTEMD -> systemd(agent, action);
            case AgentId.STONITH -> refuse(OcfRc.ERR_UNIMPLEMENTED, ExecStatus.NOT_SUPPORTED,
                    "stonith resources are not supported by Tandem (" + agent + ")");
            default -> refuse(OcfRc.ERR_UNIMPLEMENTED, ExecStatus.NOT_SUPPORTED,
                    "resource class '" + agent.standard() + "' is not supported");
        };
    }

    private AgentCommand ocf(AgentId agent, String action) {
        Optional<Path> p = find(agent);
        if (p.isEmpty()) {
            return notInstalled(agent, "not found in " + agentDirs.stream().map(d -> d.resolve(agent.provider()).toString()).toList());
        }
        if (!Files.isExecutable(p.get())) {
            return refuse(OcfRc.ERR_PERM, ExecStatus.ERROR, agent + " is not executable: " + p.get());
        }
        return new AgentCommand.Run(List.of(p.get().toString(), action), RcMapping.OCF);
    }

    private AgentCommand lsb(AgentId agent, String action) {
        Optional<Path> p = find(agent);
        if (p.isEmpty()) {
            return notInstalled(agent, "no " + lsbDir.resolve(agent.type()));
        }
        return switch (action) {
            case "meta-data" -> synthesized(agent, "LSB init script " + p.get());
            case "monitor", "status" -> new AgentCommand.Run(List.of(p.get().toString(), "status"), RcMapping.LSB_STATUS);
            case "start", "stop", "restart", "reload", "force-reload" ->
                new AgentCommand.Run(List.of(p.get().toString(), action), RcMapping.LSB);
            case "validate-all" -> answer(new OperationResult(OcfRc.OK, ExecStatus.DONE, "", "", 0));
            default -> refuse(OcfRc.ERR_UNIMPLEMENTED, ExecStatus.NOT_SUPPORTED, "LSB scripts do not implement " + action);
        };
    }

    private AgentCommand systemd(AgentId agent, String action) {
        if (!systemdRunning || !Files.isExecutable(systemctl)) {
            return notInstalled(agent, "systemd is not running on this host");
        }
        String unit = agent.type().contains(".") ? agent.type() : agent.type() + ".service";
        return switch (action) {
            case "meta-data" -> synthesized(agent, "systemd unit " + unit);
            case "monitor", "status" -> new AgentCommand.Run(List.of(systemctl.toString(), "is-active", "--quiet", unit),
                    RcMapping.SYSTEMD_STATUS);
            case "start", "stop", "reload" -> new AgentCommand.Run(List.of(systemctl.toString(), action, unit), RcMapping.LSB);
            case "validate-all" -> answer(new OperationResult(OcfRc.OK, ExecStatus.DONE, "", "", 0));
            default -> refuse(OcfRc.ERR_UNIMPLEMENTED, ExecStatus.NOT_SUPPORTED, "systemd units do not implement " + action);
        };
    }

    private static AgentCommand synthesized(AgentId agent, String what) {
        String xml = "<?xml version=\"1.0\"?>\n<resource-agent name=\"" + agent.type() + "\" version=\"0.1\">\n"
                + "  <version>1.1</version>\n  <shortdesc lang=\"en\">" + what + "</shortdesc>\n"
                + "  <parameters/>\n  <actions>\n"
                + "    <action name=\"start\" timeout=\"100s\"/>\n    <action name=\"stop\" timeout=\"100s\"/>\n"
                + "    <action name=\"monitor\" timeout=\"100s\" interval=\"60s\"/>\n"
                + "    <action name=\"meta-data\" timeout=\"5s\"/>\n  </actions>\n</resource-agent>\n";
        return answer(new OperationResult(OcfRc.OK, ExecStatus.DONE, "", xml, 0));
    }

    private static AgentCommand notInstalled(AgentId agent, String detail) {
        return refuse(OcfRc.ERR_INSTALLED, ExecStatus.NOT_INSTALLED,
                OutcomeInterpreter.cut("agent " + agent + " is not installed: " + detail));
    }

    private static AgentCommand refuse(int rc, ExecStatus status, String reason) {
        return answer(OperationResult.refused(rc, status, reason));
    }

    private static AgentCommand answer(OperationResult r) {
        return new AgentCommand.Answer(r);
    }
}
