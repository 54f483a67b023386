package io.tandem.service;

import java.time.Duration;
import java.util.Optional;

/**
 * Every change an administrator can ask for. Each command names the role it needs and prints itself
 * as the equivalent crm command line, which is what the audit log records.
 */
public sealed interface Command {

    Role requiredRole();

    /** The crm command line with the same effect, e.g. {@code crm resource move web node1 force}. */
    String crm();

    /** The resource the command is about, if any (for the history filter). */
    default Optional<String> resource() {
        return Optional.empty();
    }

    /** The node the command is about, if any. */
    default Optional<String> node() {
        return Optional.empty();
    }

    /** Move to {@code target} (cli-prefer) or, with no target or with force, away (cli-ban on the current node). */
    record Move(String resourceId, Optional<String> target, boolean force, Optional<Duration> lifetime) implements Command {
        public Role requiredRole() { return Role.OPERATOR; }
        public String crm() {
            return "crm resource move " + resourceId + target.map(t -> " " + t).orElse("")
                    + lifetime.map(l -> " " + l).orElse("") + (force ? " force" : "");
        }
        public Optional<String> resource() { return Optional.of(resourceId); }
        public Optional<String> node() { return target; }
    }

    /** Remove the cli-prefer/cli-ban constraints of a resource (all, or only those on one node). */
    record Clear(String resourceId, Optional<String> onNode) implements Command {
        public Role requiredRole() { return Role.OPERATOR; }
        public String crm() { return "crm resource unmove " + resourceId + onNode.map(n -> " " + n).orElse(""); }
        public Optional<String> resource() { return Optional.of(resourceId); }
        public Optional<String> node() { return onNode; }
    }

    /** Clear fail-counts and failed actions, of one resource or all, on one node or everywhere. */
    record Cleanup(Optional<String> resourceId, Optional<String> onNode, boolean force) implements Command {
        public Role requiredRole() { return Role.OPERATOR; }
        public String crm() {
            return "crm resource cleanup" + resourceId.map(r -> " " + r).orElse("")
                    + onNode.map(n -> " " + n).orElse("") + (force ? " force" : "");
        }
        public Optional<String> resource() { return resourceId; }
        public Optional<String> node() { return onNode; }
    }

    /** Set target-role: Started (true) or Stopped (false). */
    record SetRunning(String resourceId, boolean running) implements Command {
        public Role requiredRole() { return Role.OPERATOR; }
        public String crm() { return "crm resource " + (running ? "start " : "stop ") + resourceId; }
        public Optional<String> resource() { return Optional.of(resourceId); }
    }

    /** is-managed: unmanaged resources keep their monitors but are never started or stopped. */
    record SetManaged(String resourceId, boolean managed) implements Command {
        public Role requiredRole() { return Role.OPERATOR; }
        public String crm() { return "crm resource " + (managed ? "manage " : "unmanage ") + resourceId; }
        public Optional<String> resource() { return Optional.of(resourceId); }
    }

    /** Resource maintenance: no starts, stops or monitors. */
    record SetResourceMaintenance(String resourceId, boolean on) implements Command {
        public Role requiredRole() { return Role.OPERATOR; }
        public String crm() { return "crm resource maintenance " + resourceId + (on ? " on" : " off"); }
        public Optional<String> resource() { return Optional.of(resourceId); }
    }

    /** Standby moves every resource off the node; the node keeps voting. */
    record SetStandby(String nodeName, boolean standby) implements Command {
        public Role requiredRole() { return Role.OPERATOR; }
        public String crm() { return "crm node " + (standby ? "standby " : "online ") + nodeName; }
        public Optional<String> node() { return Optional.of(nodeName); }
    }

    /** Node maintenance: resources on it are left alone and unmonitored. */
    record SetNodeMaintenance(String nodeName, boolean on) implements Command {
        public Role requiredRole() { return Role.OPERATOR; }
        public String crm() { return "crm node " + (on ? "maintenance " : "ready ") + nodeName; }
        public Optional<String> node() { return Optional.of(nodeName); }
    }

    /** The cluster property maintenance-mode: a configuration change, so admin only. */
    record SetClusterMaintenance(boolean on) implements Command {
        public Role requiredRole() { return Role.ADMIN; }
        public String crm() { return "crm configure property maintenance-mode=" + on; }
    }

    /** Replace the configuration with crm text; refused if the text is invalid or the base version moved. */
    record CommitConfiguration(String crmText, long baseVersion) implements Command {
        public Role requiredRole() { return Role.ADMIN; }
        public String crm() { return "crm configure load replace -"; }
    }

    /**
     * Erase the configuration. The guard: refused while any resource runs (put the nodes in standby first,
     * as the tutorial does) and unless {@code confirmation} repeats the cluster name.
     */
    record EraseConfiguration(String confirmation) implements Command {
        public Role requiredRole() { return Role.ADMIN; }
        public String crm() { return "crm configure erase"; }
    }
}
