package io.tandem.crm.resource;

import io.tandem.cib.Cib;
import io.tandem.cib.CibNode;
import io.tandem.cib.XmlElement;
import io.tandem.crm.configure.CrmCommandException;
import io.tandem.crm.configure.Notes;
import io.tandem.crm.target.CibTarget;
import io.tandem.crm.target.ClusterAdmin;
import java.io.PrintStream;
import java.util.List;
import java.util.Optional;

/**
 * The {@code node} level: standby/online and maintenance/ready write node attributes in the
 * configuration section (lifetime {@code reboot}: in the status section instead); attribute,
 * utilization and status-attr set, delete or show one value; show lists the nodes.
 */
public final class NodeLevel {

    private final CibTarget target;
    private final Optional<ClusterAdmin> admin;
    private final Notes notes;
    private final PrintStream out;

    public NodeLevel(CibTarget target, Optional<ClusterAdmin> admin, Notes notes, PrintStream out) {
        this.target = target;
        this.admin = admin;
        this.notes = notes;
        this.out = out;
    }

    public boolean run(List<String> tokens) {
        if (tokens.isEmpty()) {
            return true;
        }
        String cmd = tokens.get(0);
        List<String> args = tokens.subList(1, tokens.size());
        try {
            switch (cmd) {
                case "standby" -> flag(cmd, args, "standby", "on");
                case "online" -> flag(cmd, args, "standby", "off");
                case "maintenance" -> flag(cmd, args, "maintenance", "on");
                case "ready" -> flag(cmd, args, "maintenance", "off");
                case "attribute" -> value(cmd, args, "instance_attributes");
                case "utilization" -> value(cmd, args, "utilization");
                case "status-attr" -> statusAttr(args);
                case "show", "list" -> show(args);
                default -> throw new CrmCommandException("node." + cmd + ": No such command");
            }
            return true;
        } catch (CrmCommandException e) {
            notes.error(e.getMessage());
            return false;
        }
    }

    private CibNode node(Cib cib, String cmd, String name) {
        return cib.configuration().findNode(name).orElseThrow(() ->
                new CrmCommandException("node." + cmd + ": Node \"" + name + "\" is not a cluster node"));
    }

    private void flag(String cmd, List<String> args, String name, String value) {
        if (args.isEmpty()) {
            if (admin.isEmpty()) {
                throw new CrmCommandException("node." + cmd + ": no node given (offline there is no local node)");
            }
            args = List.of(admin.get().localNode());
        }
        Cib cib = target.fetch();
        CibNode n = node(cib, cmd, args.get(0));
        String lifetime = args.size() > 1 ? args.get(1) : "forever";
        switch (lifetime) {
            case "forever" -> CibChange.apply(target, root -> CibChange.configuration(root, "nodes", ns ->
                    CibChange.replace(ns, "node", n.id(), e -> Attributes.put(e, "instance_attributes",
                            "num-" + n.id() + "-instance_attributes", name, value))));
            case "reboot" -> {
                if (admin.isPresent()) {
                    admin.get().transientAttribute(n.uname(), name, Optional.of(value));
                } else {
                    Attrd.setTransient(target, n.uname(), name, value);
                }
            }
            default -> throw new CrmCommandException("node." + cmd + ": lifetime must be forever or reboot, not "
                    + lifetime);
        }
        if (name.equals("standby")) {
            notes.info(cmd + " node " + n.uname());
        }
    }

    private void value(String cmd, List<String> args, String kind) {
        if (args.size() < 3) {
            throw new CrmCommandException("usage: " + cmd + " <node> set|delete|show <name> [<value>]");
        }
        Cib cib = target.fetch();
        CibNode n = node(cib, cmd, args.get(0));
        String name = args.get(2);
        String setId = (kind.equals("utilization") ? "nodes-" : "num-") + n.id() + "-" + kind;
        switch (args.get(1)) {
            case "show" -> out.println("scope=nodes  name=" + name + " value="
                    + Attributes.get(findNodeXml(cib, n), kind, name).orElse("(null)"));
            case "set", "delete" -> {
                String v = args.get(1).equals("set") ? (args.size() > 3 ? args.get(3) : "") : null;
                CibChange.apply(target, root -> CibChange.configuration(root, "nodes", ns ->
                        CibChange.replace(ns, "node", n.id(), e -> Attributes.put(e, kind, setId, name, v))));
            }
            default -> throw new CrmCommandException(cmd + ": expected set, delete or show");
        }
    }

    private static XmlElement findNodeXml(Cib cib, CibNode n) {
        return cib.toXml().child("configuration").flatMap(c -> c.child("nodes")).flatMap(ns -> ns.children("node")
                .stream().filter(x -> n.id().equals(x.id())).findFirst()).orElseThrow();
    }

    private void statusAttr(List<String> args) {
        if (args.size() < 3) {
            throw new CrmCommandException("usage: status-attr <node> set|delete|show <name> [<value>]");
        }
        Cib cib = target.fetch();
        CibNode n = node(cib, "status-attr", args.get(0));
        String name = args.get(2);
        switch (args.get(1)) {
            case "show" -> out.println("scope=status  name=" + name + " value=" + cib.status().node(n.uname())
                    .flatMap(s -> s.transientAttribute(name)).orElse("(null)"));
            case "set", "delete" -> {
                String v = args.get(1).equals("set") ? (args.size() > 3 ? args.get(3) : "") : null;
                if (admin.isPresent()) {
                    admin.get().transientAttribute(n.uname(), name, Optional.ofNullable(v));
                } else {
                    Attrd.setTransient(target, n.uname(), name, v);
                }
            }
            default -> throw new CrmCommandException("status-attr: expected set, delete or show");
        }
    }

    private void show(List<String> args) {
        Cib cib = target.fetch();
        for (CibNode n : cib.configuration().nodes()) {
            if (!args.isEmpty() && !args.contains(n.uname())) {
                continue;
            }
            out.println(n.uname() + "(" + n.id() + "): " + n.type());
            for (io.tandem.cib.NvSet s : n.sets()) {
                if (s.kind().equals("instance_attributes")) {
                    s.pairs().forEach(p -> out.println("\t" + p.name() + "=" + p.value()));
                }
            }
        }
    }
}
