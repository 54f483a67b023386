package io.tandem.crm.resource;

import io.tandem.cib.Cib;
import io.tandem.cib.Resource;
import io.tandem.cib.XmlElement;
import io.tandem.crm.configure.CrmCommandException;
import io.tandem.crm.configure.Notes;
import io.tandem.crm.target.CibTarget;
import io.tandem.crm.target.ClusterAdmin;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * move/ban/clear: {@code cli-prefer-RSC} (INFINITY on the target) and, with force, a
 * {@code cli-ban-RSC-on-NODE} (-INFINITY) for each node it runs on now, both {@code role=Started}.
 * A lifetime becomes a rule that ends at now + lifetime (the clock is an input).
 */
final class Moves {

    private Moves() {
    }

    static void move(CibTarget target, Optional<ClusterAdmin> admin, List<String> args, Notes notes,
            java.time.InstantSource clock) {
        if (args.isEmpty()) {
            throw new CrmCommandException("usage: move <rsc> [<node>] [force] [<lifetime>]");
        }
        Cib cib = target.fetch();
        String id = args.get(0);
        Resource r = ResourceLevel.find(cib, id);
        String node = null;
        boolean force = false;
        String lifetime = null;
        for (String a : args.subList(1, args.size())) {
            if (a.equals("force")) {
                force = true;
            } else if (cib.configuration().findNode(a).isPresent() && node == null) {
                node = a;
            } else {
                lifetime = a;
            }
        }
        if (node == null && !force) {
            throw new CrmCommandException("resource.move: No target node: Move requires either a target node or 'force'");
        }
        List<XmlElement> add = new ArrayList<>();
        if (node != null) {
            add.add(location("cli-prefer-" + id, id, node, "INFINITY", lifetime, clock));
        }
        List<String> bans = new ArrayList<>();
        if (force) {
            List<String> running = admin.map(a -> a.runningOn(id)).orElseGet(() -> ActiveNodes.of(cib, r));
            for (String n : running) {
                if (!n.equals(node)) {
                    bans.add(n);
                    add.add(location("cli-ban-" + id + "-on-" + n, id, n, "-INFINITY", lifetime, clock));
                }
            }
        }
        if (add.isEmpty()) {
            throw new CrmCommandException("resource.move: " + id + " is not running anywhere, so there is nothing to"
                    + " move it away from; give a target node");
        }
        List<String> ids = add.stream().map(XmlElement::id).toList();
        CibChange.apply(target, root -> CibChange.configuration(root, "constraints", c -> {
            XmlElement kept = c.withoutChildren(x -> ids.contains(x.id()));
            for (XmlElement x : add) {
                kept = kept.withChild(x);
            }
            return kept;
        }));
        if (node != null) {
            notes.info("Move constraint created for " + id + " to " + node);
        }
        for (String n : bans) {
            notes.warning("Creating rsc_location constraint 'cli-ban-" + id + "-on-" + n + "' with a score of "
                    + "-INFINITY for resource " + id + " on " + n + ". This will prevent " + id + " from running on "
                    + n + " until the constraint is removed using the clear option or by editing the CIB with an "
                    + "appropriate tool. This will be the case even if " + n + " is the last node in the cluster");
        }
        notes.info("Use `crm resource clear " + id + "` to remove this constraint");
    }

    static void ban(CibTarget target, List<String> args, Notes notes, java.time.InstantSource clock) {
        if (args.size() < 2) {
            throw new CrmCommandException("usage: ban <rsc> <node> [<lifetime>]");
        }
        Cib cib = target.fetch();
        String id = args.get(0);
        ResourceLevel.find(cib, id);
        String node = args.get(1);
        if (cib.configuration().findNode(node).isEmpty()) {
            throw new CrmCommandException("resource.ban: Node \"" + node + "\" is not a cluster node");
        }
        XmlElement ban = location("cli-ban-" + id + "-on-" + node, id, node, "-INFINITY",
                args.size() > 2 ? args.get(2) : null, clock);
        CibChange.apply(target, root -> CibChange.configuration(root, "constraints",
                c -> c.withoutChildren(x -> ban.id().equals(x.id())).withChild(ban)));
        notes.warning("Creating rsc_location constraint '" + ban.id() + "' with a score of -INFINITY for resource "
                + id + " on " + node + ". This will prevent " + id + " from running on " + node + " until the "
                + "constraint is removed using the clear option or by editing the CIB with an appropriate tool. This"
                + " will be the case even if " + node + " is the last node in the cluster");
    }

    static void clear(CibTarget target, List<String> args, Notes notes) {
        if (args.isEmpty()) {
            throw new CrmCommandException("usage: clear <rsc> [<node>]");
        }
        Cib cib = target.fetch();
        String id = args.get(0);
        ResourceLevel.find(cib, id);
        String node = args.size() > 1 ? args.get(1) : null;
        CibChange.apply(target, root -> CibChange.configuration(root, "constraints", c -> c.withoutChildren(x -> {
            String xid = x.id() == null ? "" : x.id();
            boolean prefer = xid.equals("cli-prefer-" + id) && (node == null || node.equals(x.attr("node")));
            boolean ban = xid.startsWith("cli-ban-" + id + "-on-") && (node == null || xid.endsWith("-on-" + node));
            return x.name().equals("rsc_location") && (prefer || ban);
        })));
        notes.info("Removed migration constraints for " + id);
    }

    /**
     * The constraint; with a lifetime, crm_resource's form: a rule on the node that also requires the
     * date to be before now + lifetime, so the constraint expires by itself.
     */
    private static XmlElement location(String cid, String rsc, String node, String score, String lifetime,
            java.time.InstantSource clock) {
        XmlElement l = XmlElement.of("rsc_location").withAttr("id", cid).withAttr("rsc", rsc).withAttr("role", "Started");
        if (lifetime == null) {
            return l.withAttr("node", node).withAttr("score", score);
        }
        long ms = io.tandem.cib.TimeSpec.parseMillis(lifetime);
        if (ms <= 0) {
            throw new CrmCommandException("lifetime " + lifetime + " is not a duration such as PT1H, P1D or 30m");
        }
        String end = java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss'Z'")
                .withZone(java.time.ZoneOffset.UTC).format(clock.instant().plusMillis(ms));
        XmlElement expr = XmlElement.of("expression").withAttr("id", cid + "-expr").withAttr("attribute", "#uname")
                .withAttr("operation", "eq").withAttr("value", node).withAttr("type", "string");
        XmlElement date = XmlElement.of("date_expression").withAttr("id", cid + "-lifetime")
                .withAttr("operation", "lt").withAttr("end", end);
        return l.withChild(XmlElement.of("rule").withAttr("id", cid + "-rule").withAttr("score", score)
                .withAttr("boolean-op", "and").withChild(expr).withChild(date));
    }
}
