package io.tandem.executor;

import java.util.Map;
import java.util.TreeMap;

/**
 * Builds an agent's environment exactly as Pacemaker 2.1's executor does (lab.md, "The executor
 * contract"). Parameters travel only here, never on a command line, so no value is ever parsed by a shell.
 */
public final class OcfEnvironment {

    public static final String EXIT_REASON_PREFIX = "ocf-exit-reason:";

    private OcfEnvironment() {
    }

    public static Map<String, String> build(NodeEnvironment node, ResourceDefinition rsc, OperationRequest op) {
        TreeMap<String, String> env = new TreeMap<>(node.baseEnv());
        // Tandem's tools must win over any Pacemaker binaries installed on the host.
        env.put("PATH", node.sbinDir() + ":" + node.basePath());
        env.put("HA_SBIN_DIR", node.sbinDir().toString());
        env.put("HA_RSCTMP", node.rscTmp().toString());
        env.put("HA_VARRUN", node.varRun().toString());
        if (node.logFile() != null) {
            env.put("HA_LOGFILE", node.logFile().toString());
        }
        env.put("OCF_ROOT", node.ocfRoot().toString());
        // Without MAJOR, ocf-shellfuncs takes this for an init-script call and renames the instance "default".
        env.put("OCF_RA_VERSION_MAJOR", "1");
        env.put("OCF_RA_VERSION_MINOR", "1");
        env.put("OCF_EXIT_REASON_PREFIX", EXIT_REASON_PREFIX);
        env.put("OCF_RESOURCE_INSTANCE", rsc.id());
        env.put("OCF_RESOURCE_TYPE", rsc.agent().type());
        if (rsc.agent().provider() != null) {
            env.put("OCF_RESOURCE_PROVIDER", rsc.agent().provider());
        }
        for (Map.Entry<String, String> p : rsc.params().entrySet()) {
            env.put("OCF_RESKEY_" + p.getKey(), p.getValue());
        }
        putMeta(env, rsc.meta());
        putMeta(env, op.meta());
        env.put("OCF_RESKEY_CRM_meta_name", op.action());
        env.put("OCF_RESKEY_CRM_meta_interval", Long.toString(op.intervalMs()));
        env.put("OCF_RESKEY_CRM_meta_timeout", Long.toString(op.timeout().toMillis()));
        env.put("OCF_RESKEY_CRM_meta_on_node", node.nodeName());
        env.put("OCF_RESKEY_CRM_meta_on_node_uuid", node.nodeName());
        if (!op.startDelay().isZero()) {
            env.put("OCF_RESKEY_CRM_meta_start_delay", Long.toString(op.startDelay().toMillis()));
        }
        env.put("OCF_RESKEY_crm_feature_set", node.featureSet());
        return env;
    }

    private static void putMeta(TreeMap<String, String> env, Map<String, String> meta) {
        for (Map.Entry<String, String> m : meta.entrySet()) {
            env.put("OCF_RESKEY_CRM_meta_" + m.getKey().replace('-', '_'), m.getValue());
        }
    }
}
