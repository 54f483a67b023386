package io.tandem.scheduler;

import io.tandem.cib.Cib;
import io.tandem.cib.OpDigest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;

/**
 * Benchmark, not a test: generates CIBs of 2, 8 and 32 nodes with 100 to 10,000 running resources
 * (plus a location each tenth resource and a colocation each fiftieth; every node has probed every
 * resource) and times Tandem's scheduler
 * against {@code crm_simulate -R -x} on the same file, reporting wall time and peak RSS.
 * Run: {@code java -cp target/classes io.tandem.scheduler.SchedulerBench [--no-pacemaker] [nodes x rscs ...]}.
 */
public final class SchedulerBench {

    private SchedulerBench() {
    }

    public static void main(String[] args) throws Exception {
        boolean pacemaker = true;
        java.util.List<int[]> sizes = new java.util.ArrayList<>();
        for (String a : args) {
            if (a.equals("--no-pacemaker")) {
                pacemaker = false;
            } else if (a.contains("x")) {
                String[] p = a.split("x");
                sizes.add(new int[] {Integer.parseInt(p[0]), Integer.parseInt(p[1])});
            }
        }
        if (sizes.isEmpty()) {
            for (int n : new int[] {2, 8, 32}) {
                for (int r : new int[] {100, 1000, 5000, 10000}) {
                    sizes.add(new int[] {n, r});
                }
            }
        }
        System.out.println("| nodes | resources | Tandem wall | Tandem peak RSS | crm_simulate wall | crm_simulate peak RSS |");
        System.out.println("|---|---|---|---|---|---|");
        for (int[] s : sizes) {
            Path file = Files.createTempFile("bench-" + s[0] + "x" + s[1] + "-", ".xml");
            Files.writeString(file, cib(s[0], s[1]), StandardCharsets.UTF_8);
            Cib cib = Cib.parse(Files.readString(file));
            Scheduler.schedule(cib, Instant.EPOCH);
            long t0 = System.nanoTime();
            SchedulerResult r = Scheduler.schedule(cib, Instant.EPOCH);
            long ms = (System.nanoTime() - t0) / 1_000_000;
            long rss = peakRssKb();
            String pm = "-";
            String pmRss = "-";
            if (pacemaker && Files.isExecutable(Path.of("/usr/bin/time"))) {
                Process p = new ProcessBuilder("/usr/bin/time", "-f", "%e %M", "crm_simulate", "-R", "-x",
                        file.toString()).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
                String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8).strip();
                p.waitFor();
                String[] last = err.substring(err.lastIndexOf('\n') + 1).split(" ");
                pm = last[0] + " s";
                pmRss = (Long.parseLong(last[1]) / 1024) + " MB";
            }
            System.out.printf("| %d | %d | %d ms | %d MB | %s | %s |  (%d summary lines)%n", s[0], s[1], ms,
                    rss / 1024, pm, pmRss, r.summary().size());
            Files.deleteIfExists(file);
        }
    }

    private static long peakRssKb() throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (line.startsWith("VmHWM:")) {
                return Long.parseLong(line.replaceAll("\\D", ""));
            }
        }
        return 0;
    }

    /** A cluster where most resources run, some need to start, with locations and colocations. */
    static String cib(int nodes, int resources) {
        String digest = OpDigest.forOperation(Map.of(), Map.of(), 0, 0);
        StringBuilder nodeXml = new StringBuilder();
        StringBuilder rsc = new StringBuilder();
        StringBuilder cons = new StringBuilder();
        StringBuilder[] lrm = new StringBuilder[nodes];
        for (int i = 0; i < nodes; i++) {
            nodeXml.append("<node id=\"").append(i + 1).append("\" uname=\"n").append(i + 1).append("\"/>");
            lrm[i] = new StringBuilder();
        }
        for (int r = 0; r < resources; r++) {
            String id = "r" + r;
            rsc.append("<primitive id=\"").append(id).append("\" class=\"ocf\" provider=\"pacemaker\" type=\"Dummy\"/>");
            if (r % 10 == 0) {
                cons.append("<rsc_location id=\"l").append(r).append("\" rsc=\"").append(id).append("\" node=\"n")
                        .append(1 + (r / 10) % nodes).append("\" score=\"100\"/>");
            }
            if (r % 50 == 1) {
                cons.append("<rsc_colocation id=\"c").append(r).append("\" rsc=\"").append(id).append("\" with-rsc=\"r")
                        .append(r - 1).append("\" score=\"INFINITY\"/>");
            }
            // Every node has probed every resource (as in a settled cluster); four in five run somewhere.
            for (int i = 0; i < nodes; i++) {
                if (r % 5 != 4 && i == r % nodes) {
                    continue;
                }
                lrm[i].append("<lrm_resource id=\"").append(id).append("\" class=\"ocf\" provider=\"pacemaker\" type=\"Dummy\">")
                        .append("<lrm_rsc_op id=\"").append(id).append("_last_0\" operation_key=\"").append(id)
                        .append("_monitor_0\" operation=\"monitor\" crm_feature_set=\"3.16.2\" transition-key=\"1:1:7:x\" ")
                        .append("transition-magic=\"0:7;1:1:7:x\" call-id=\"1\" rc-code=\"7\" op-status=\"0\" interval=\"0\" ")
                        .append("op-digest=\"").append(digest).append("\"/></lrm_resource>");
            }
            if (r % 5 != 4) {
                int node = r % nodes;
                lrm[node].append("<lrm_resource id=\"").append(id).append("\" class=\"ocf\" provider=\"pacemaker\" type=\"Dummy\">")
                        .append("<lrm_rsc_op id=\"").append(id).append("_last_0\" operation_key=\"").append(id)
                        .append("_start_0\" operation=\"start\" crm_feature_set=\"3.16.2\" transition-key=\"1:1:0:x\" ")
                        .append("transition-magic=\"0:0;1:1:0:x\" call-id=\"").append(r + 2)
                        .append("\" rc-code=\"0\" op-status=\"0\" interval=\"0\" op-digest=\"").append(digest)
                        .append("\"/></lrm_resource>");
            }
        }
        StringBuilder status = new StringBuilder();
        for (int i = 0; i < nodes; i++) {
            status.append("<node_state id=\"").append(i + 1).append("\" uname=\"n").append(i + 1)
                    .append("\" in_ccm=\"true\" crmd=\"online\" join=\"member\" expected=\"member\"><lrm id=\"")
                    .append(i + 1).append("\"><lrm_resources>").append(lrm[i]).append("</lrm_resources></lrm></node_state>");
        }
        return "<cib crm_feature_set=\"3.16.2\" validate-with=\"pacemaker-3.9\" epoch=\"1\" num_updates=\"0\" admin_epoch=\"0\" "
                + "have-quorum=\"1\" dc-uuid=\"1\" execution-date=\"1700000000\"><configuration><crm_config>"
                + "<cluster_property_set id=\"o\"><nvpair id=\"o1\" name=\"stonith-enabled\" value=\"false\"/>"
                + "</cluster_property_set></crm_config><nodes>" + nodeXml + "</nodes><resources>" + rsc
                + "</resources><constraints>" + cons + "</constraints><rsc_defaults><meta_attributes id=\"d\">"
                + "<nvpair id=\"d1\" name=\"resource-stickiness\" value=\"100\"/></meta_attributes></rsc_defaults>"
                + "</configuration><status>" + status + "</status></cib>\n";
    }
}
