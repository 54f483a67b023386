package io.tandem.executor;

import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Where and as whom this node runs agents: the values that make up the agent's environment besides the
 * resource's own. One per node, so two Tandem nodes on one machine keep separate state directories.
 *
 * @param nodeName     OCF_RESKEY_CRM_meta_on_node
 * @param ocfRoot      OCF_ROOT (where ocf-shellfuncs lives), usually /usr/lib/ocf
 * @param agentDirs    directories holding PROVIDER/TYPE agents, searched in order (e.g.
 *                     /usr/lib/ocf/resource.d and Tandem's deploy/agents)
 * @param sbinDir      Tandem's command directory: HA_SBIN_DIR and the first PATH entry
 * @param rscTmp       HA_RSCTMP
 * @param varRun       HA_VARRUN
 * @param logFile      HA_LOGFILE, or null to leave it unset
 * @param basePath     PATH after sbinDir
 * @param featureSet   crm_feature_set the agent sees
 * @param baseEnv      variables every agent gets first (LANG, HOME, TMPDIR...)
 */
public record NodeEnvironment(String nodeName, Path ocfRoot, List<Path> agentDirs, Path sbinDir, Path rscTmp,
        Path varRun, Path logFile, String basePath, String featureSet, Map<String, String> baseEnv) {

    public static final String DEFAULT_FEATURE_SET = "3.16.2";
    public static final String DEFAULT_BASE_PATH = "/usr/sbin:/usr/bin:/sbin:/bin";

    public NodeEnvironment {
        Objects.requireNonNull(nodeName, "nodeName");
        Objects.requireNonNull(ocfRoot, "ocfRoot");
        agentDirs = List.copyOf(agentDirs);
        Objects.requireNonNull(sbinDir, "sbinDir");
        Objects.requireNonNull(rscTmp, "rscTmp");
        Objects.requireNonNull(varRun, "varRun");
        basePath = basePath == null ? DEFAULT_BASE_PATH : basePath;
        featureSet = featureSet == null ? DEFAULT_FEATURE_SET : featureSet;
        baseEnv = Collections.unmodifiableMap(new TreeMap<>(baseEnv));
    }

    /**
     * A node whose state lives under {@code stateDir} (rsctmp/, run/, agents.log) and whose commands are in
     * {@code sbinDir}; agents come from /usr/lib/ocf/resource.d and then {@code extraAgentDirs}.
     */
    public static NodeEnvironment standard(String nodeName, Path stateDir, Path sbinDir, List<Path> extraAgentDirs) {
        Path ocfRoot = Path.of("/usr/lib/ocf");
        List<Path> dirs = new java.util.ArrayList<>();
        dirs.add(ocfRoot.resolve("resource.d"));
        dirs.addAll(extraAgentDirs);
        return new NodeEnvironment(nodeName, ocfRoot, dirs, sbinDir, stateDir.resolve("rsctmp"),
                stateDir.resolve("run"), stateDir.resolve("agents.log"), DEFAULT_BASE_PATH, DEFAULT_FEATURE_SET,
                Map.of("LANG", "C.UTF-8", "LC_ALL", "C", "HOME", System.getProperty("user.home", "/"), "TMPDIR",
                        System.getProperty("java.io.tmpdir", "/tmp")));
    }

    public NodeEnvironment withSbinDir(Path dir) {
        return new NodeEnvironment(nodeName, ocfRoot, agentDirs, dir, rscTmp, varRun, logFile, basePath, featureSet, baseEnv);
    }
}
