package io.tandem.service;

import io.tandem.cib.Score;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The fake's stand-in for the crm package: prints its model as {@code crm configure show} and as CIB XML,
 * validates crm text with a small statement checker, and reads back the few statements it can apply
 * (properties, rsc_defaults, cli-* locations). The real service delegates all of this to io.tandem.crm.
 */
final class FakeConfiguration {

    private static final Set<String> KEYWORDS = Set.of("node", "primitive", "group", "clone", "ms", "location",
            "colocation", "order", "property", "rsc_defaults", "op_defaults", "tag", "template");
    private static final Pattern CLI_LOCATION = Pattern.compile(
            "location (cli-(?:prefer|ban)-\\S+) (\\S+) role=Started (-?inf|-?INFINITY): (\\S+)");

    private FakeConfiguration() {
    }

    static String crm(FakeModel m) {
        StringBuilder sb = new StringBuilder();
        int id = 1;
        for (String node : m.nodes.keySet()) {
            FakeModel.NodeState n = m.nodes.get(node);
            sb.append("node ").append(id++).append(": ").append(node);
            if (n.standby || n.maintenance) {
                sb.append(" \\\n\tattributes").append(n.standby ? " standby=on" : "").append(n.maintenance ? " maintenance=on" : "");
            }
            sb.append('\n');
        }
        if (!m.erased) {
            sb.append("primitive httpd apache \\\n")
              .append("\tparams configfile=\"/etc/httpd/conf/httpd.conf\" statusurl=\"http://127.0.0.1/server-status\" \\\n")
              .append("\top monitor interval=10s").append(meta(m, "httpd")).append('\n');
            sb.append("primitive ping ocf:pacemaker:ping \\\n")
              .append("\tparams name=default_ping_set host_list=192.168.0.1 multiplier=1000 dampen=5s \\\n")
              .append("\top monitor interval=10s").append(meta(m, "ping")).append('\n');
            sb.append("primitive vip IPaddr2 \\\n")
              .append("\tparams ip=192.168.0.203 nic=ens33 cidr_netmask=24 \\\n")
              .append("\top monitor interval=10s").append(meta(m, "vip")).append('\n');
            sb.append("group web vip httpd").append(meta(m, "web")).append('\n');
            sb.append("clone clone_ping ping").append(meta(m, "clone_ping")).append('\n');
            m.moves.stream().sorted(java.util.Comparator.comparing(MoveConstraint::id)).forEach(mc ->
                    sb.append("location ").append(mc.id()).append(' ').append(mc.resource()).append(" role=Started ")
                      .append(mc.kind() == MoveKind.BAN ? "-inf" : "inf").append(": ").append(mc.node()).append('\n'));
            sb.append("location web_location web \\\n")
              .append("\trule -inf: not_defined default_ping_set or default_ping_set lt 1000\n");
        }
        sb.append("property cib-bootstrap-options: \\\n")
          .append("\thave-watchdog=false \\\n")
          .append("\tcluster-infrastructure=corosync \\\n")
          .append("\tno-quorum-policy=ignore \\\n")
          .append("\tmaintenance-mode=").append(m.clusterMaintenance).append(" \\\n")
          .append("\tstonith-enabled=").append(m.stonithEnabled).append('\n');
        sb.append("rsc_defaults rsc-options: \\\n")
          .append("\tresource-stickiness=").append(Score.format(m.stickiness)).append(" \\\n")
          .append("\tmigration-threshold=").append(m.migrationThreshold).append('\n');
        return sb.toString();
    }

    /** The status facts a diff should show besides configuration: fail-counts and failed actions. */
    static String status(FakeModel m) {
        StringBuilder sb = new StringBuilder();
        m.failures.forEach((k, f) -> sb.append("status fail-count ").append(k).append('=').append(f.count()).append('\n'));
        for (FailedAction a : m.failedActions) {
            sb.append("status failed-action ").append(a.key()).append(" on ").append(a.node())
              .append(" call=").append(a.callId()).append('\n');
        }
        return sb.toString();
    }

    private static String meta(FakeModel m, String id) {
        FakeModel.Meta meta = m.meta.get(id);
        List<String> pairs = new ArrayList<>();
        if (meta.stopped) {
            pairs.add("target-role=Stopped");
        }
        if (meta.unmanaged) {
            pairs.add("is-managed=false");
        }
        if (meta.maintenance) {
            pairs.add("maintenance=true");
        }
        return pairs.isEmpty() ? "" : " \\\n\tmeta " + String.join(" ", pairs);
    }

    static String xml(FakeModel m, long version) {
        StringBuilder sb = new StringBuilder();
        sb.append("<cib crm_feature_set=\"3.19.0\" validate-with=\"pacemaker-3.10\" epoch=\"").append(version)
          .append("\" num_updates=\"0\" admin_epoch=\"0\">\n  <configuration>\n    <crm_config>\n")
          .append("      <cluster_property_set id=\"cib-bootstrap-options\">\n")
          .append(nv("cib-bootstrap-options", "no-quorum-policy", "ignore"))
          .append(nv("cib-bootstrap-options", "stonith-enabled", Boolean.toString(m.stonithEnabled)))
          .append(nv("cib-bootstrap-options", "maintenance-mode", Boolean.toString(m.clusterMaintenance)))
          .append("      </cluster_property_set>\n    </crm_config>\n    <nodes>\n");
        int id = 1;
        for (String node : m.nodes.keySet()) {
            sb.append("      <node id=\"").append(id++).append("\" uname=\"").append(node).append("\"/>\n");
        }
        sb.append("    </nodes>\n    <resources>\n");
        if (!m.erased) {
            sb.append("      <group id=\"web\">\n");
            sb.append(primitive("vip", "heartbeat", "IPaddr2", "        "));
            sb.append(primitive("httpd", "heartbeat", "apache", "        "));
            sb.append("      </group>\n      <clone id=\"clone_ping\">\n");
            sb.append(primitive("ping", "pacemaker", "ping", "        "));
            sb.append("      </clone>\n");
        }
        sb.append("    </resources>\n    <constraints>\n");
        for (MoveConstraint mc : m.moves) {
            sb.append("      <rsc_location id=\"").append(mc.id()).append("\" rsc=\"").append(mc.resource())
              .append("\" role=\"Started\" node=\"").append(mc.node()).append("\" score=\"")
              .append(mc.kind() == MoveKind.BAN ? "-INFINITY" : "INFINITY").append("\"/>\n");
        }
        sb.append("    </constraints>\n    <rsc_defaults>\n      <meta_attributes id=\"rsc-options\">\n")
          .append(nv("rsc-options", "resource-stickiness", Score.format(m.stickiness)))
          .append(nv("rsc-options", "migration-threshold", Integer.toString(m.migrationThreshold)))
          .append("      </meta_attributes>\n    </rsc_defaults>\n  </configuration>\n</cib>\n");
        return sb.toString();
    }

    private static String nv(String set, String name, String value) {
        return "        <nvpair id=\"" + set + "-" + name + "\" name=\"" + name + "\" value=\"" + value + "\"/>\n";
    }

    private static String primitive(String id, String provider, String type, String indent) {
        return indent + "<primitive id=\"" + id + "\" class=\"ocf\" provider=\"" + provider + "\" type=\"" + type + "\">\n"
                + indent + "  <operations>\n" + indent + "    <op id=\"" + id + "-monitor-10s\" name=\"monitor\" interval=\"10s\"/>\n"
                + indent + "  </operations>\n" + indent + "</primitive>\n";
    }

    /** A statement of crm text with the line it starts on; continuation lines are joined. */
    record Statement(int line, String text) {
    }

    static List<Statement> statements(String text) {
        List<Statement> out = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        StringBuilder cur = null;
        int start = 0;
        for (int i = 0; i < lines.length; i++) {
            String l = lines[i].strip();
            if (cur == null) {
                if (l.isEmpty() || l.startsWith("#")) {
                    continue;
                }
                cur = new StringBuilder();
                start = i + 1;
            }
            boolean more = l.endsWith("\\");
            cur.append(more ? l.substring(0, l.length() - 1).strip() : l).append(' ');
            if (!more) {
                out.add(new Statement(start, cur.toString().strip()));
                cur = null;
            }
        }
        if (cur != null) {
            out.add(new Statement(start, cur.toString().strip()));
        }
        return out;
    }

    static List<ConfigProblem> validate(String text) {
        List<ConfigProblem> problems = new ArrayList<>();
        List<Statement> all = statements(text);
        Set<String> defined = new java.util.HashSet<>();
        for (Statement s : all) {
            String[] t = s.text().split("\\s+");
            if (t.length > 1 && Set.of("primitive", "group", "clone", "ms").contains(t[0])) {
                if (!defined.add(t[1])) {
                    problems.add(new ConfigProblem(s.line(), "duplicate id " + t[1]));
                }
            }
        }
        for (Statement s : all) {
            String[] t = s.text().split("\\s+");
            if (!KEYWORDS.contains(t[0])) {
                problems.add(new ConfigProblem(s.line(), "unknown statement '" + t[0] + "'"));
                continue;
            }
            if (t.length < 2) {
                problems.add(new ConfigProblem(s.line(), t[0] + ": missing id"));
                continue;
            }
            switch (t[0]) {
                case "primitive" -> {
                    if (t.length < 3) {
                        problems.add(new ConfigProblem(s.line(), "primitive " + t[1] + ": missing agent"));
                    }
                }
                case "group", "clone", "ms" -> {
                    int last = t.length;
                    for (int i = 2; i < t.length; i++) {
                        if (t[i].equals("meta") || t[i].equals("params") || t[i].contains("=")) {
                            last = i;
                            break;
                        }
                    }
                    if (last == 2) {
                        problems.add(new ConfigProblem(s.line(), t[0] + " " + t[1] + ": no members"));
                    }
                    for (int i = 2; i < last; i++) {
                        if (!defined.contains(t[i])) {
                            problems.add(new ConfigProblem(s.line(), t[0] + " " + t[1] + ": unknown resource " + t[i]));
                        }
                    }
                }
                case "location" -> {
                    if (t.length < 4) {
                        problems.add(new ConfigProblem(s.line(), "location " + t[1] + ": incomplete"));
                    } else if (!defined.contains(t[2])) {
                        problems.add(new ConfigProblem(s.line(), "location " + t[1] + ": unknown resource " + t[2]));
                    }
                    Matcher sc = Pattern.compile("\\s(-?(?:inf|INFINITY|\\d+|[a-z-]+)):\\s").matcher(s.text());
                    if (!s.text().contains(" rule ") && !sc.find()) {
                        problems.add(new ConfigProblem(s.line(), "location " + t[1] + ": missing score"));
                    }
                }
                case "property", "rsc_defaults", "op_defaults" -> {
                    for (int i = 1; i < t.length; i++) {
                        if (!t[i].endsWith(":") && !t[i].contains("=")) {
                            problems.add(new ConfigProblem(s.line(), t[0] + ": expected name=value, found '" + t[i] + "'"));
                        }
                    }
                }
                default -> {
                }
            }
        }
        return problems;
    }

    /** name=value pairs of all statements starting with {@code keyword}. */
    static Map<String, String> pairs(String text, String keyword) {
        Map<String, String> out = new LinkedHashMap<>();
        for (Statement s : statements(text)) {
            if (s.text().startsWith(keyword + " ")) {
                for (String tok : s.text().split("\\s+")) {
                    int eq = tok.indexOf('=');
                    if (eq > 0) {
                        out.put(tok.substring(0, eq), tok.substring(eq + 1).replace("\"", ""));
                    }
                }
            }
        }
        return out;
    }

    record CliLocation(String id, String resource, boolean ban, String node) {
    }

    static List<CliLocation> cliLocations(String text) {
        List<CliLocation> out = new ArrayList<>();
        for (Statement s : statements(text)) {
            Matcher mt = CLI_LOCATION.matcher(s.text());
            if (mt.matches()) {
                out.add(new CliLocation(mt.group(1), mt.group(2), mt.group(3).startsWith("-"), mt.group(4)));
            }
        }
        return out;
    }
}
