package io.tandem.executor;

import io.tandem.executor.exec.CommonsExecAgentRunner;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code crm_resource}'s local runs (Pacemaker 2.1): {@code --validate | --force-start | --force-stop |
 * --force-check | --force-promote | --force-demote --class ocf --provider heartbeat --agent Dummy
 * --option state=/path ...} runs one action with no cluster and no CIB and returns the agent's rc.
 *
 * <p>The node's settings come from the environment: TANDEM_NODE (default HOSTNAME, then "localhost"),
 * TANDEM_STATE_DIR (default $TMPDIR/tandem-local), TANDEM_SBIN_DIR (default /usr/sbin) and
 * TANDEM_AGENT_DIRS (extra agent directories, colon-separated, searched after /usr/lib/ocf/resource.d).
 */
public final class LocalAgentRun {

    /** crm_exit_t CRM_EX_USAGE. */
    public static final int EXIT_USAGE = 64;

    private LocalAgentRun() {
    }

    public static int run(List<String> args, Map<String, String> env, PrintStream out, PrintStream err) {
        String action = null;
        String standard = AgentId.OCF;
        String provider = null;
        String type = null;
        String rscId = null;
        Duration timeout = Duration.ofSeconds(20);
        Map<String, String> params = new LinkedHashMap<>();
        List<String> rest = new ArrayList<>(args);
        try {
            for (int i = 0; i < rest.size(); i++) {
                String a = rest.get(i);
                String v = a.contains("=") && a.startsWith("--") ? a.substring(a.indexOf('=') + 1) : null;
                String name = v != null ? a.substring(0, a.indexOf('=')) : a;
                switch (name) {
                    case "--validate" -> action = "validate-all";
                    case "--force-start" -> action = "start";
                    case "--force-stop" -> action = "stop";
                    case "--force-check" -> action = "monitor";
                    case "--force-promote" -> action = "promote";
                    case "--force-demote" -> action = "demote";
                    case "--class" -> standard = v != null ? v : rest.get(++i);
                    case "--provider" -> provider = v != null ? v : rest.get(++i);
                    case "--agent" -> type = v != null ? v : rest.get(++i);
                    case "-r", "--resource" -> rscId = v != null ? v : rest.get(++i);
                    case "--timeout" -> timeout = OcfTime.parse(v != null ? v : rest.get(++i))
                            .orElseThrow(() -> new IllegalArgumentException("invalid --timeout"));
                    case "--option" -> {
                        String kv = v != null ? v : rest.get(++i);
                        int eq = kv.indexOf('=');
                        if (eq <= 0) {
                            throw new IllegalArgumentException("--option needs NAME=VALUE, got '" + kv + "'");
                        }
                        params.put(kv.substring(0, eq), kv.substring(eq + 1));
                    }
                    default -> throw new IllegalArgumentException("unknown option " + a);
                }
            }
            if (action == null || type == null) {
                throw new IllegalArgumentException("need one of --validate/--force-start/--force-stop/--force-check and --agent");
            }
            AgentId agent = new AgentId(standard, provider, type);
            ResourceDefinition rsc = new ResourceDefinition(rscId != null ? rscId : type, agent, params);
            OperationResult r;
            try (CommonsExecAgentRunner runner = runner(env)) {
                r = invoker(env, runner).invoke(rsc, OperationRequest.of(rsc.id(), action, timeout));
            }
            out.println("Operation " + verb(action) + " for " + rsc.id() + " (" + agent + ") returned: '"
                    + OcfRc.describe(r.rc()) + "' (" + r.rc() + ")" + statusSuffix(r));
            if (!r.output().isEmpty()) {
                r.output().lines().forEach(l -> out.println(" >  stdout: " + l));
            }
            if (!r.exitReason().isEmpty()) {
                err.println("error: " + r.exitReason());
            }
            return r.rc();
        } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
            err.println("crm_resource: " + (e instanceof IndexOutOfBoundsException ? "option is missing its value" : e.getMessage()));
            return EXIT_USAGE;
        } catch (IOException e) {
            err.println("crm_resource: " + e.getMessage());
            return OcfRc.ERR_GENERIC;
        }
    }

    private static String statusSuffix(OperationResult r) {
        return r.status() == ExecStatus.DONE ? "" : " (" + r.status().text() + ")";
    }

    private static String verb(String action) {
        return switch (action) {
            case "validate-all" -> "validate";
            case "monitor" -> "force-check";
            default -> "force-" + action;
        };
    }

    private static Path stateDir(Map<String, String> env) {
        return Path.of(env.getOrDefault("TANDEM_STATE_DIR", env.getOrDefault("TMPDIR", "/tmp") + "/tandem-local"));
    }

    private static CommonsExecAgentRunner runner(Map<String, String> env) throws IOException {
        return CommonsExecAgentRunner.withDefaults(stateDir(env).resolve("exec"));
    }

    private static AgentInvoker invoker(Map<String, String> env, AgentRunner runner) throws IOException {
        String nodeName = env.getOrDefault("TANDEM_NODE", env.getOrDefault("HOSTNAME", "localhost"));
        Path state = stateDir(env);
        Path sbin = Path.of(env.getOrDefault("TANDEM_SBIN_DIR", "/usr/sbin"));
        List<Path> extra = new ArrayList<>();
        for (String d : env.getOrDefault("TANDEM_AGENT_DIRS", "").split(":")) {
            if (!d.isBlank()) {
                extra.add(Path.of(d));
            }
        }
        NodeEnvironment node = NodeEnvironment.standard(nodeName, state, sbin, extra);
        java.nio.file.Files.createDirectories(node.rscTmp());
        java.nio.file.Files.createDirectories(node.varRun());
        return new AgentInvoker(node, AgentLocator.forNode(node), runner);
    }

    public static void main(String[] args) {
        System.exit(run(List.of(args), System.getenv(), System.out, System.err));
    }
}
