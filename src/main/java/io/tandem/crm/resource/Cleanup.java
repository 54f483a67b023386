package io.tandem.crm.resource;

import io.tandem.cib.Cib;
import io.tandem.cib.NodeState;
import io.tandem.cib.Resource;
import io.tandem.cib.XmlElement;
import io.tandem.crm.configure.CrmCommandException;
import io.tandem.crm.target.CibTarget;
import io.tandem.crm.target.ClusterAdmin;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * cleanup and failcount. Cleanup acts on the resource's top parent unless {@code force} (as
 * crm_resource does). Offline it deletes the fail-count and last-failure transient attributes and
 * the resource history of the chosen node(s) from the status section; live, the controller does it.
 */
final class Cleanup {

    private Cleanup() {
    }

    static void run(CibTarget target, Optional<ClusterAdmin> admin, List<String> args, PrintStream out) {
        Cib cib = target.fetch();
        boolean force = args.contains("force");
        List<String> rest = args.stream().filter(a -> !a.equals("force")).toList();
        List<String> members = new ArrayList<>();
        if (!rest.isEmpty()) {
            Resource r = ResourceLevel.find(cib, rest.get(0));
            Resource scope = force ? r : cib.configuration().topParentOf(r.id()).orElse(r);
            for (Resource d : scope.selfAndDescendants()) {
                if (d instanceof io.tandem.cib.Primitive) {
                    members.add(d.id());
                }
            }
        } else {
            cib.configuration().allPrimitives().forEach(p -> members.add(p.id()));
        }
        Optional<String> node = rest.size() > 1 ? Optional.of(rest.get(1)) : Optional.empty();
        if (node.isPresent() && cib.configuration().findNode(node.get()).isEmpty()) {
            throw new CrmCommandException("resource.cleanup: Node \"" + node.get() + "\" is not a cluster node");
        }
        List<String> nodes = new ArrayList<>();
        if (node.isPresent()) {
            nodes.add(node.get());
        } else {
            cib.status().nodes().forEach(n -> nodes.add(n.uname()));
        }
        if (admin.isPresent()) {
            out.print(admin.get().cleanup(members, node));
            return;
        }
        CibChange.apply(target, root -> CibChange.section(root, "status", st -> {
            List<XmlElement> kids = new ArrayList<>();
            for (XmlElement ns : st.children()) {
                String uname = ns.attr("uname", ns.id());
                kids.add(ns.name().equals("node_state") && nodes.contains(uname) ? clean(ns, members) : ns);
            }
            return st.withChildren(kids);
        }));
        for (String n : nodes) {
            for (String m : members) {
                out.println("Cleaned up " + m + " on " + n);
            }
        }
    }

    private static boolean failAttr(String name, List<String> members) {
        for (String m : members) {
            for (String p : List.of("fail-count-", "last-failure-")) {
                if (name.equals(p + m) || name.startsWith(p + m + "#")) {
                    return true;
                }
            }
        }
        return false;
    }

    private static XmlElement clean(XmlElement ns, List<String> members) {
        List<XmlElement> kids = new ArrayList<>();
        for (XmlElement c : ns.children()) {
            if (c.name().equals("transient_attributes")) {
                List<XmlElement> sets = new ArrayList<>();
                for (XmlElement s : c.children()) {
                    sets.add(s.withoutChildren(p -> p.name().equals("nvpair") && p.attr("name") != null
                            && failAttr(p.attr("name"), members)));
                }
                kids.add(c.withChildren(sets));
            } else if (c.name().equals("lrm")) {
                List<XmlElement> lk = new ArrayList<>();
                for (XmlElement lr : c.children()) {
                    lk.add(lr.withoutChildren(r -> r.name().equals("lrm_resource") && r.id() != null
                            && members.contains(r.id().contains(":") ? r.id().substring(0, r.id().indexOf(':'))
                                    : r.id())));
                }
                kids.add(c.withChildren(lk));
            } else {
                kids.add(c);
            }
        }
        return ns.withChildren(kids);
    }

    /** {@code failcount RSC show|delete|set NODE [VALUE]}: the per-resource sum of the per-op counts. */
    static void failcount(CibTarget target, Optional<ClusterAdmin> admin, List<String> args, PrintStream out) {
        if (args.size() < 3) {
            throw new CrmCommandException("usage: failcount <rsc> set|delete|show <node> [<value>]");
        }
        Cib cib = target.fetch();
        String id = args.get(0);
        ResourceLevel.find(cib, id);
        String node = args.get(2);
        if (cib.configuration().findNode(node).isEmpty()) {
            throw new CrmCommandException("resource.failcount: Node \"" + node + "\" is not a cluster node");
        }
        switch (args.get(1)) {
            case "show" -> {
                long sum = 0;
                boolean any = false;
                Optional<NodeState> ns = cib.status().node(node);
                if (ns.isPresent()) {
                    for (io.tandem.cib.NvSet s : ns.get().transientSets()) {
                        for (io.tandem.cib.NvPair p : s.pairs()) {
                            if (p.name() != null && (p.name().equals("fail-count-" + id)
                                    || p.name().startsWith("fail-count-" + id + "#"))) {
                                any = true;
                                sum = io.tandem.cib.Score.add((int) sum, io.tandem.cib.Score.parse(p.value()));
                            }
                        }
                    }
                }
                out.println("scope=status  name=fail-count-" + id + " value=" + (any
                        ? io.tandem.cib.Score.format((int) sum) : "0"));
            }
            case "delete" -> {
                if (admin.isPresent()) {
                    // live: through attrd, one per-operation counter at a time (fail-count-RSC#OP_INTERVAL)
                    cib.status().node(node).ifPresent(ns -> ns.transientSets().forEach(s -> s.pairs().forEach(p -> {
                        if (p.name() != null && (p.name().equals("fail-count-" + id)
                                || p.name().startsWith("fail-count-" + id + "#"))) {
                            admin.get().transientAttribute(node, p.name(), Optional.empty());
                        }
                    })));
                    return;
                }
                deleteOffline(target, node, id);
            }
            case "set" -> {
                if (args.size() < 4) {
                    throw new CrmCommandException("usage: failcount <rsc> set <node> <value>");
                }
                if (admin.isPresent()) {
                    admin.get().transientAttribute(node, "fail-count-" + id, Optional.of(args.get(3)));
                } else {
                    Attrd.setTransient(target, node, "fail-count-" + id, args.get(3));
                }
            }
            default -> throw new CrmCommandException("failcount: expected set, delete or show");
        }
    }

    private static void deleteOffline(CibTarget target, String node, String id) {
        CibChange.apply(target, root -> CibChange.section(root, "status", st -> {
            List<XmlElement> kids = new ArrayList<>();
            for (XmlElement ns : st.children()) {
                kids.add(node.equals(ns.attr("uname", ns.id())) ? stripFailCounts(ns, id) : ns);
            }
            return st.withChildren(kids);
        }));
    }

    private static XmlElement stripFailCounts(XmlElement ns, String id) {
        List<XmlElement> kids = new ArrayList<>();
        for (XmlElement c : ns.children()) {
            if (c.name().equals("transient_attributes")) {
                List<XmlElement> sets = new ArrayList<>();
                for (XmlElement s : c.children()) {
                    sets.add(s.withoutChildren(p -> p.attr("name") != null && (p.attr("name").equals("fail-count-" + id)
                            || p.attr("name").startsWith("fail-count-" + id + "#"))));
                }
                kids.add(c.withChildren(sets));
            } else {
                kids.add(c);
            }
        }
        return ns.withChildren(kids);
    }
}
