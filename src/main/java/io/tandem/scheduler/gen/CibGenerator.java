package io.tandem.scheduler.gen;

import io.tandem.cib.Cib;
import io.tandem.cib.CibXml;
import io.tandem.cib.OpDigest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Builds a random but well-formed CIB from a seed: nodes (some offline or in standby), Dummy primitives,
 * groups, anonymous clones, location (scores, bans, attribute rules), colocation and order constraints,
 * stickiness and migration-threshold, and a status section in which resources run somewhere (groups
 * together, in order), with probes, monitors, failed monitors and their fail-counts. History records
 * carry Pacemaker's digests, so nothing restarts for a definition change that did not happen.
 */
public final class CibGenerator {

    /** Fixed "now" of every generated CIB (execution-date), so results do not depend on the clock. */
    public static final long EXECUTION_DATE = 1_767_225_600L; // 2026-01-01T00:00:00Z
    private static final String UUID = "00000000-0000-4000-8000-000000000000";
    private static final Map<String, String> NO_PARAMS = Map.of();

    private final SplittableRandom random;
    private final GeneratorSpec spec;
    private final StringBuilder resources = new StringBuilder();
    private final StringBuilder constraints = new StringBuilder();
    private final List<String> topLevel = new ArrayList<>();
    /** Primitive id to the nodes it runs on (empty: stopped); clone children run on several. */
    private final Map<String, List<String>> running = new LinkedHashMap<>();
    private final List<String> nodes = new ArrayList<>();
    private final List<Boolean> online = new ArrayList<>();
    private int callId = 10;

    private CibGenerator(long seed, GeneratorSpec spec) {
        this.random = new SplittableRandom(seed);
        this.spec = spec;
    }

    public static Cib generate(long seed, GeneratorSpec spec) {
        return Cib.fromXml(CibXml.parse(xml(seed, spec)));
    }

    /** The generated CIB as Pacemaker XML. */
    public static String xml(long seed, GeneratorSpec spec) {
        return new CibGenerator(seed, spec).build();
    }

    private String build() {
        for (int i = 1; i <= spec.nodes(); i++) {
            nodes.add("node" + i);
            online.add(!spec.nodeStates() || i == 1 || random.nextInt(6) != 0);
        }
        int made = 0;
        int n = 0;
        while (made < spec.resources()) {
            n++;
            int kind = random.nextInt(10);
            if (spec.groups() && kind < 2 && spec.resources() - made >= 2) {
                made += group("g" + n, 2 + random.nextInt(2));
            } else if (spec.clones() && kind < 4) {
                made += clone("c" + n);
            } else {
                primitive("r" + n, resources, "      ");
                topLevel.add("r" + n);
                place(List.of("r" + n), false);
                made++;
            }
        }
        if (spec.constraints()) {
            addConstraints();
        }
        StringBuilder x = new StringBuilder();
        x.append("<cib crm_feature_set=\"3.16.2\" validate-with=\"pacemaker-3.9\" epoch=\"1\" num_updates=\"0\" ")
                .append("admin_epoch=\"0\" have-quorum=\"1\" dc-uuid=\"1\" execution-date=\"").append(EXECUTION_DATE)
                .append("\">\n  <configuration>\n    <crm_config>\n")
                .append("      <cluster_property_set id=\"opts\">\n")
                .append("        <nvpair id=\"opts-stonith\" name=\"stonith-enabled\" value=\"false\"/>\n")
                .append("        <nvpair id=\"opts-nqp\" name=\"no-quorum-policy\" value=\"ignore\"/>\n")
                .append("      </cluster_property_set>\n    </crm_config>\n    <nodes>\n");
        for (int i = 0; i < nodes.size(); i++) {
            x.append("      <node id=\"").append(i + 1).append("\" uname=\"").append(nodes.get(i)).append("\"");
            if (spec.nodeStates() && i > 0 && random.nextInt(7) == 0) {
                x.append(">\n        <instance_attributes id=\"nodes-").append(i + 1).append("\">\n")
                        .append("          <nvpair id=\"nodes-").append(i + 1).append("-standby\" name=\"standby\" value=\"on\"/>\n")
                        .append("        </instance_attributes>\n      </node>\n");
            } else {
                x.append("/>\n");
            }
        }
        x.append("    </nodes>\n    <resources>\n").append(resources).append("    </resources>\n")
                .append("    <constraints>\n").append(constraints).append("    </constraints>\n")
                .append("    <rsc_defaults>\n      <meta_attributes id=\"defaults\">\n")
                .append("        <nvpair id=\"defaults-stickiness\" name=\"resource-stickiness\" value=\"")
                .append(pick("0", "100", "INFINITY")).append("\"/>\n");
        if (random.nextBoolean()) {
            x.append("        <nvpair id=\"defaults-mt\" name=\"migration-threshold\" value=\"")
                    .append(pick("1", "3")).append("\"/>\n");
        }
        x.append("      </meta_attributes>\n    </rsc_defaults>\n  </configuration>\n  <status>\n");
        for (int i = 0; i < nodes.size(); i++) {
            status(x, i);
        }
        x.append("  </status>\n</cib>\n");
        return x.toString();
    }

    private void primitive(String id, StringBuilder out, String indent) {
        out.append(indent).append("<primitive id=\"").append(id)
                .append("\" class=\"ocf\" provider=\"heartbeat\" type=\"Dummy\">\n")
                .append(indent).append("  <operations>\n")
                .append(indent).append("    <op id=\"").append(id).append("-monitor-10s\" name=\"monitor\" interval=\"10s\" timeout=\"20s\"/>\n")
                .append(indent).append("  </operations>\n")
                .append(indent).append("</primitive>\n");
    }

    private int group(String id, int members) {
        resources.append("      <group id=\"").append(id).append("\">\n");
        List<String> ids = new ArrayList<>();
        for (int m = 1; m <= members; m++) {
            String mid = id + "m" + m;
            primitive(mid, resources, "        ");
            ids.add(mid);
        }
        resources.append("      </group>\n");
        topLevel.add(id);
        place(ids, false);
        return members;
    }

    private int clone(String id) {
        String child = id + "p";
        resources.append("      <clone id=\"").append(id).append("\">\n");
        if (random.nextBoolean()) {
            resources.append("        <meta_attributes id=\"").append(id).append("-meta\">\n")
                    .append("          <nvpair id=\"").append(id).append("-meta-interleave\" name=\"interleave\" value=\"true\"/>\n")
                    .append("        </meta_attributes>\n");
        }
        primitive(child, resources, "        ");
        resources.append("      </clone>\n");
        topLevel.add(id);
        place(List.of(child), true);
        return 1;
    }

    /** Where the resources run now: a group's members together on one node, a prefix of them running. */
    private void place(List<String> ids, boolean cloned) {
        List<String> up = new ArrayList<>();
        for (int i = 0; i < nodes.size(); i++) {
            if (online.get(i)) {
                up.add(nodes.get(i));
            }
        }
        if (!spec.history() || up.isEmpty()) {
            ids.forEach(id -> running.put(id, List.of()));
            return;
        }
        if (cloned) {
            List<String> on = new ArrayList<>();
            for (String node : up) {
                if (random.nextInt(4) != 0) {
                    on.add(node);
                }
            }
            running.put(ids.get(0), on);
            return;
        }
        String node = random.nextInt(4) == 0 ? null : up.get(random.nextInt(up.size()));
        int prefix = node == null ? 0 : ids.size() - (random.nextInt(5) == 0 ? 1 : 0);
        for (int i = 0; i < ids.size(); i++) {
            running.put(ids.get(i), i < prefix ? List.of(node) : List.of());
        }
    }

    private void addConstraints() {
        int count = 1 + random.nextInt(Math.max(1, topLevel.size()));
        for (int c = 0; c < count; c++) {
            String rsc = topLevel.get(random.nextInt(topLevel.size()));
            String node = nodes.get(random.nextInt(nodes.size()));
            switch (random.nextInt(5)) {
                case 0 -> constraints.append("      <rsc_location id=\"loc").append(c).append("\" rsc=\"").append(rsc)
                        .append("\" node=\"").append(node).append("\" score=\"").append(pick("50", "100", "INFINITY", "-INFINITY"))
                        .append("\"/>\n");
                case 1 -> constraints.append("      <rsc_location id=\"cli-ban-").append(rsc).append("-on-").append(node)
                        .append(c).append("\" rsc=\"").append(rsc).append("\" role=\"Started\" node=\"").append(node)
                        .append("\" score=\"-INFINITY\"/>\n");
                case 2 -> constraints.append("      <rsc_location id=\"rule").append(c).append("\" rsc=\"").append(rsc)
                        .append("\">\n        <rule id=\"rule").append(c).append("-r\" score=\"-INFINITY\" boolean-op=\"or\">\n")
                        .append("          <expression id=\"rule").append(c).append("-e1\" attribute=\"pingd\" operation=\"not_defined\"/>\n")
                        .append("          <expression id=\"rule").append(c).append("-e2\" attribute=\"pingd\" operation=\"lt\" value=\"1000\" type=\"integer\"/>\n")
                        .append("        </rule>\n      </rsc_location>\n");
                case 3 -> {
                    String other = topLevel.get(random.nextInt(topLevel.size()));
                    if (!other.equals(rsc)) {
                        constraints.append("      <rsc_colocation id=\"col").append(c).append("\" rsc=\"").append(rsc)
                                .append("\" with-rsc=\"").append(other).append("\" score=\"")
                                .append(pick("INFINITY", "-INFINITY", "100")).append("\"/>\n");
                    }
                }
                default -> {
                    String other = topLevel.get(random.nextInt(topLevel.size()));
                    if (!other.equals(rsc)) {
                        constraints.append("      <rsc_order id=\"ord").append(c).append("\" first=\"").append(rsc)
                                .append("\" then=\"").append(other).append("\" kind=\"").append(pick("Mandatory", "Optional"))
                                .append("\"/>\n");
                    }
                }
            }
        }
    }

    private void status(StringBuilder x, int i) {
        String node = nodes.get(i);
        boolean up = online.get(i);
        x.append("    <node_state id=\"").append(i + 1).append("\" uname=\"").append(node).append("\" in_ccm=\"")
                .append(up).append("\" crmd=\"").append(up ? "online" : "offline").append("\" join=\"")
                .append(up ? "member" : "down").append("\" expected=\"").append(up ? "member" : "down").append("\">\n");
        StringBuilder attrs = new StringBuilder();
        StringBuilder lrm = new StringBuilder();
        if (up && spec.constraints() && random.nextInt(3) != 0) {
            attrs.append("          <nvpair id=\"status-").append(i + 1).append("-pingd\" name=\"pingd\" value=\"")
                    .append(pick("1000", "0")).append("\"/>\n");
        }
        if (up && spec.history()) {
            for (Map.Entry<String, List<String>> e : running.entrySet()) {
                String rsc = e.getKey();
                boolean here = e.getValue().contains(node);
                lrm.append("          <lrm_resource id=\"").append(rsc)
                        .append("\" class=\"ocf\" provider=\"heartbeat\" type=\"Dummy\">\n");
                if (here) {
                    op(lrm, rsc, "start", 0, 0, 0);
                    boolean failed = spec.failures() && random.nextInt(5) == 0;
                    op(lrm, rsc, "monitor", 10_000, failed ? 7 : 0, 0);
                    if (failed) {
                        int count = 1 + random.nextInt(3);
                        attrs.append("          <nvpair id=\"status-").append(i + 1).append("-fail-count-").append(rsc)
                                .append(".monitor_10000\" name=\"fail-count-").append(rsc).append("#monitor_10000\" value=\"")
                                .append(count).append("\"/>\n");
                        attrs.append("          <nvpair id=\"status-").append(i + 1).append("-last-failure-").append(rsc)
                                .append(".monitor_10000\" name=\"last-failure-").append(rsc)
                                .append("#monitor_10000\" value=\"").append(EXECUTION_DATE - 60).append("\"/>\n");
                    }
                } else {
                    op(lrm, rsc, "monitor", 0, 7, 7);
                }
                lrm.append("          </lrm_resource>\n");
            }
        }
        if (attrs.length() > 0) {
            x.append("      <transient_attributes id=\"").append(i + 1).append("\">\n        <instance_attributes id=\"status-")
                    .append(i + 1).append("\">\n").append(attrs).append("        </instance_attributes>\n")
                    .append("      </transient_attributes>\n");
        }
        if (lrm.length() > 0) {
            x.append("      <lrm id=\"").append(i + 1).append("\">\n        <lrm_resources>\n").append(lrm)
                    .append("        </lrm_resources>\n      </lrm>\n");
        }
        x.append("    </node_state>\n");
    }

    private void op(StringBuilder lrm, String rsc, String task, long interval, int rc, int target) {
        String id = interval > 0 ? rsc + "_" + task + "_" + interval : rsc + "_last_0";
        String key = rsc + "_" + task + "_" + interval;
        int call = callId++;
        String digest = OpDigest.forOperation(NO_PARAMS, NO_PARAMS, interval, interval > 0 ? 20_000 : 0);
        String tkey = call + ":1:" + target + ":" + UUID;
        String line = "            <lrm_rsc_op id=\"%s\" operation_key=\"%s\" operation=\"%s\" crm-debug-origin=\"generator\" "
                + "crm_feature_set=\"3.16.2\" transition-key=\"%s\" transition-magic=\"0:%d;%s\" exit-reason=\"\" "
                + "call-id=\"%d\" rc-code=\"%d\" op-status=\"0\" interval=\"%d\" last-rc-change=\"%d\" exec-time=\"10\" "
                + "queue-time=\"0\" op-digest=\"%s\"/>\n";
        lrm.append(String.format(line, id, key, task, tkey, rc, tkey, call, rc, interval, EXECUTION_DATE - 120, digest));
        if (rc != target) {
            lrm.append(String.format(line, rsc + "_last_failure_0", key, task, tkey, rc, tkey, call, rc, interval,
                    EXECUTION_DATE - 60, digest));
        }
    }

    private String pick(String... options) {
        return options[random.nextInt(options.length)];
    }
}
