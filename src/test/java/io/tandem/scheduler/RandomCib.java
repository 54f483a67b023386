package io.tandem.scheduler;

import io.tandem.cib.OpDigest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * A seeded generator of random CIBs within the features Tandem schedules: nodes (some offline or in
 * standby), primitives, a group, an anonymous clone, locations (including cli-ban), colocations,
 * orders, stickiness, migration-threshold, running state and monitor failures with fail-counts.
 * The same seed always gives the same CIB.
 */
final class RandomCib {

    private static final String DIGEST = OpDigest.forOperation(Map.of(), Map.of(), 0, 0);
    private static final String MON_DIGEST = OpDigest.forOperation(Map.of(), Map.of(), 10000, 20000);
    private static final int[] SCORES = {-1000000, -100, 50, 100, 200, 1000000};

    private final Random random;
    private final StringBuilder status = new StringBuilder();
    private int call = 10;

    private RandomCib(long seed) {
        this.random = new Random(seed);
    }

    static String generate(long seed) {
        return new RandomCib(seed).build();
    }

    private String build() {
        int nodeCount = 2 + random.nextInt(4);
        List<String> nodes = new ArrayList<>();
        List<Boolean> online = new ArrayList<>();
        StringBuilder nodeXml = new StringBuilder();
        for (int i = 1; i <= nodeCount; i++) {
            String n = "node" + i;
            nodes.add(n);
            online.add(i == 1 || random.nextInt(10) > 0);
            nodeXml.append("<node id=\"").append(i).append("\" uname=\"").append(n).append("\">");
            if (random.nextInt(10) == 0) {
                nodeXml.append("<instance_attributes id=\"").append(n).append("-a\"><nvpair id=\"").append(n)
                        .append("-standby\" name=\"standby\" value=\"on\"/></instance_attributes>");
            }
            nodeXml.append("</node>");
        }
        List<String> prims = new ArrayList<>();
        StringBuilder rsc = new StringBuilder();
        int primCount = 1 + random.nextInt(5);
        for (int i = 1; i <= primCount; i++) {
            prims.add("r" + i);
            rsc.append(primitive("r" + i, ""));
        }
        List<String> groupMembers = new ArrayList<>();
        if (random.nextBoolean()) {
            rsc.append("<group id=\"g\">");
            int m = 2 + random.nextInt(2);
            for (int i = 1; i <= m; i++) {
                groupMembers.add("g" + i);
                rsc.append(primitive("g" + i, ""));
            }
            rsc.append("</group>");
        }
        boolean clone = random.nextBoolean();
        if (clone) {
            rsc.append("<clone id=\"c\">").append(primitive("cr", "")).append("</clone>");
        }
        List<String> tops = new ArrayList<>(prims);
        if (!groupMembers.isEmpty()) {
            tops.add("g");
        }
        StringBuilder cons = new StringBuilder();
        int locs = random.nextInt(4);
        for (int i = 0; i < locs; i++) {
            String target = pick(tops);
            String node = pick(nodes);
            boolean ban = random.nextInt(4) == 0;
            String id = ban ? "cli-ban-" + target + "-on-" + node + "-" + i : "loc" + i;
            cons.append("<rsc_location id=\"").append(id).append("\" rsc=\"").append(target).append("\" node=\"")
                    .append(node).append("\" score=\"").append(ban ? "-INFINITY" : score()).append("\"/>");
        }
        if (tops.size() > 1 && random.nextBoolean()) {
            String a = pick(tops);
            String b = pick(tops);
            if (!a.equals(b)) {
                cons.append("<rsc_colocation id=\"col\" rsc=\"").append(a).append("\" with-rsc=\"").append(b)
                        .append("\" score=\"").append(random.nextBoolean() ? "INFINITY" : "100").append("\"/>");
            }
        }
        if (tops.size() > 1 && random.nextBoolean()) {
            String a = pick(tops);
            String b = pick(tops);
            if (!a.equals(b)) {
                cons.append("<rsc_order id=\"ord\" first=\"").append(a).append("\" then=\"").append(b)
                        .append("\" kind=\"").append(random.nextBoolean() ? "Mandatory" : "Optional").append("\"/>");
            }
        }
        // Status: each resource may run on one online node, and may have failed there.
        List<String> all = new ArrayList<>(prims);
        all.addAll(groupMembers);
        String groupNode = pickOnline(nodes, online);
        StringBuilder[] lrm = new StringBuilder[nodeCount];
        StringBuilder[] attrs = new StringBuilder[nodeCount];
        for (int i = 0; i < nodeCount; i++) {
            lrm[i] = new StringBuilder();
            attrs[i] = new StringBuilder();
        }
        for (String r : all) {
            boolean running = groupMembers.contains(r) ? groupNode != null && random.nextInt(4) > 0
                    : random.nextBoolean();
            String where = groupMembers.contains(r) ? groupNode : pickOnline(nodes, online);
            for (int i = 0; i < nodeCount; i++) {
                if (!online.get(i)) {
                    continue;
                }
                boolean here = running && nodes.get(i).equals(where);
                boolean failed = here && random.nextInt(6) == 0;
                lrm[i].append(history(r, here, failed));
                if (failed) {
                    attrs[i].append("<nvpair id=\"fc-").append(r).append(i).append("\" name=\"fail-count-").append(r)
                            .append("#monitor_10000\" value=\"").append(1 + random.nextInt(3)).append("\"/>");
                }
            }
        }
        if (clone) {
            for (int i = 0; i < nodeCount; i++) {
                if (online.get(i)) {
                    lrm[i].append(history("cr", random.nextBoolean(), false));
                }
            }
        }
        for (int i = 0; i < nodeCount; i++) {
            String flags = online.get(i) ? "in_ccm=\"true\" crmd=\"online\" join=\"member\" expected=\"member\""
                    : "in_ccm=\"false\" crmd=\"offline\" join=\"down\" expected=\"down\"";
            status.append("<node_state id=\"").append(i + 1).append("\" uname=\"").append(nodes.get(i)).append("\" ")
                    .append(flags).append('>');
            if (attrs[i].length() > 0) {
                status.append("<transient_attributes id=\"").append(i + 1).append("\"><instance_attributes id=\"st")
                        .append(i + 1).append("\">").append(attrs[i]).append("</instance_attributes></transient_attributes>");
            }
            if (online.get(i)) {
                status.append("<lrm id=\"").append(i + 1).append("\"><lrm_resources>").append(lrm[i])
                        .append("</lrm_resources></lrm>");
            }
            status.append("</node_state>");
        }
        String stickiness = random.nextBoolean() ? "0" : "100";
        String threshold = random.nextBoolean() ? "INFINITY" : Integer.toString(1 + random.nextInt(3));
        return "<cib crm_feature_set=\"3.16.2\" validate-with=\"pacemaker-3.9\" epoch=\"1\" num_updates=\"0\" "
                + "admin_epoch=\"0\" have-quorum=\"1\" dc-uuid=\"1\" execution-date=\"1700000000\">"
                + "<configuration><crm_config><cluster_property_set id=\"o\">"
                + "<nvpair id=\"o1\" name=\"stonith-enabled\" value=\"false\"/>"
                + "<nvpair id=\"o2\" name=\"no-quorum-policy\" value=\"ignore\"/></cluster_property_set></crm_config>"
                + "<nodes>" + nodeXml + "</nodes><resources>" + rsc + "</resources><constraints>" + cons
                + "</constraints><rsc_defaults><meta_attributes id=\"d\"><nvpair id=\"d1\" name=\"resource-stickiness\" "
                + "value=\"" + stickiness + "\"/><nvpair id=\"d2\" name=\"migration-threshold\" value=\"" + threshold
                + "\"/></meta_attributes></rsc_defaults></configuration><status>" + status + "</status></cib>\n";
    }

    private String primitive(String id, String extra) {
        return "<primitive id=\"" + id + "\" class=\"ocf\" provider=\"pacemaker\" type=\"Dummy\">" + extra
                + "<operations><op id=\"" + id + "-mon\" name=\"monitor\" interval=\"10s\"/></operations></primitive>";
    }

    private String history(String r, boolean running, boolean failed) {
        StringBuilder sb = new StringBuilder("<lrm_resource id=\"" + r + "\" class=\"ocf\" provider=\"pacemaker\" type=\"Dummy\">");
        if (!running) {
            sb.append(op(r, r + "_last_0", "monitor", 0, 7, 7));
        } else {
            sb.append(op(r, r + "_last_0", "start", 0, 0, 0));
            sb.append(op(r, r + "_monitor_10000", "monitor", 10000, 0, 0));
            if (failed) {
                sb.append(op(r, r + "_last_failure_0", "monitor", 10000, 7, 0));
            }
        }
        return sb.append("</lrm_resource>").toString();
    }

    private String op(String r, String id, String task, long interval, int rc, int expected) {
        int c = call++;
        return "<lrm_rsc_op id=\"" + id + "\" operation_key=\"" + r + "_" + task + "_" + interval + "\" operation=\""
                + task + "\" crm_feature_set=\"3.16.2\" transition-key=\"" + c + ":1:" + expected
                + ":00000000-0000-4000-8000-000000000000\" transition-magic=\"0:" + rc + ";" + c + ":1:" + expected
                + ":00000000-0000-4000-8000-000000000000\" call-id=\"" + c + "\" rc-code=\"" + rc
                + "\" op-status=\"0\" interval=\"" + interval + "\" last-rc-change=\"1699999000\" exec-time=\"1\" "
                + "queue-time=\"0\" op-digest=\"" + (interval > 0 ? MON_DIGEST : DIGEST) + "\"/>";
    }

    private String score() {
        int s = SCORES[random.nextInt(SCORES.length)];
        return s >= 1000000 ? "INFINITY" : s <= -1000000 ? "-INFINITY" : Integer.toString(s);
    }

    private String pick(List<String> from) {
        return from.get(random.nextInt(from.size()));
    }

    private String pickOnline(List<String> nodes, List<Boolean> online) {
        List<String> up = new ArrayList<>();
        for (int i = 0; i < nodes.size(); i++) {
            if (online.get(i)) {
                up.add(nodes.get(i));
            }
        }
        return up.isEmpty() ? null : pick(up);
    }
}
