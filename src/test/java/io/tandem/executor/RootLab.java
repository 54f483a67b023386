package io.tandem.executor;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * lab.md's recipe, for root-only tests: a switch namespace with a bridge, one node namespace (interface
 * ens33) with its own PID and mount namespace whose PID 1 reaps orphans, and a gw namespace. Addresses are
 * 10.77.5.0/24 and exist only inside these namespaces. Names carry this JVM's pid, and {@link #close}
 * removes everything even after a failed set-up.
 */
final class RootLab implements AutoCloseable {

    static final String NODE_IP = "10.77.5.11";
    static final String GW_IP = "10.77.5.1";
    static final String VIP = "10.77.5.203";
    /** PID 1 of the node: reaps every orphan at once, as an init would (lab.md: zombie httpd otherwise). */
    private static final String REAPER = "import os,signal,time\n"
            + "signal.signal(signal.SIGTERM, lambda *a: os._exit(0))\n"
            + "while True:\n"
            + "    try:\n        os.waitpid(-1, 0)\n"
            + "    except ChildProcessError:\n        time.sleep(0.05)\n";

    final String sw;
    final String node;
    final String gw;
    private final String suffix;
    private Process unshare;
    private long pid1;

    private RootLab() {
        suffix = Long.toString(ProcessHandle.current().pid() % 100000);
        sw = "txsw" + suffix;
        node = "txn" + suffix;
        gw = "txgw" + suffix;
    }

    /** Whether this machine can run the lab; the reason otherwise. */
    static String unavailableReason() {
        if (!"root".equals(System.getProperty("user.name"))) {
            return "not root: network namespaces need root";
        }
        for (String tool : List.of("/usr/sbin/ip", "/usr/bin/unshare", "/usr/bin/nsenter", "/usr/bin/python3")) {
            if (!Path.of(tool).toFile().canExecute()) {
                return tool + " is missing";
            }
        }
        return null;
    }

    static RootLab up() throws IOException, InterruptedException {
        RootLab lab = new RootLab();
        try {
            lab.build();
            return lab;
        } catch (IOException | InterruptedException | RuntimeException e) {
            lab.close();
            throw e;
        }
    }

    private void build() throws IOException, InterruptedException {
        sh("ip netns add " + sw);
        sh("ip -n " + sw + " link add br0 type bridge");
        sh("ip -n " + sw + " link set br0 type bridge stp_state 0 forward_delay 0");
        sh("ip -n " + sw + " link set br0 up");
        sh("ip -n " + sw + " link set lo up");
        host(node, "ens33", NODE_IP, "p1" + suffix);
        host(gw, "eth0", GW_IP, "pg" + suffix);
        unshare = new ProcessBuilder("ip", "netns", "exec", node, "unshare", "--pid", "--fork", "--mount",
                "--propagation", "private", "--mount-proc", "/usr/bin/python3", "-c", REAPER)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (pid1 == 0 && System.nanoTime() < end) {
            pid1 = unshare.descendants().filter(p -> p.info().command().map(c -> c.contains("python3")).orElse(false))
                    .mapToLong(ProcessHandle::pid).findFirst().orElse(0);
            Thread.sleep(20);
        }
        if (pid1 == 0) {
            throw new IOException("the node's PID 1 did not start");
        }
    }

    private void host(String ns, String ifname, String addr, String port) throws IOException, InterruptedException {
        sh("ip netns add " + ns);
        sh("ip -n " + sw + " link add " + port + " type veth peer name " + ifname + " netns " + ns);
        sh("ip -n " + ns + " link set lo up");
        sh("ip -n " + ns + " link set " + ifname + " up");
        sh("ip -n " + ns + " addr add " + addr + "/24 dev " + ifname);
        sh("ip -n " + sw + " link set " + port + " master br0");
        sh("ip -n " + sw + " link set " + port + " up");
    }

    /** Runs the executor's agents inside the node: all of its namespaces, through nsenter. */
    AgentRunner inNode(AgentRunner inner) {
        return inv -> {
            List<String> argv = new ArrayList<>(List.of("/usr/bin/nsenter", "-t", Long.toString(pid1), "-p", "-m", "-n", "--"));
            argv.addAll(inv.command());
            return inner.run(new AgentInvocation(argv, inv.env(), inv.timeout()));
        };
    }

    /** A command inside the node's namespaces; returns its output. */
    String inNode(String command) throws IOException, InterruptedException {
        return sh("nsenter -t " + pid1 + " -p -m -n -- sh -c '" + command + "'");
    }

    /**
     * Whether gw reaches addr over the bridge: a TCP connect to a closed port is refused at once when the
     * host answers, and times out when it does not (no ping binary is needed).
     */
    boolean gwReaches(String addr) throws IOException, InterruptedException {
        String py = "import socket,sys\ntry:\n socket.create_connection((sys.argv[1],9),timeout=2)\nexcept ConnectionRefusedError:\n print('reached')\nexcept OSError as e:\n print('lost',e)\n";
        Process p = new ProcessBuilder("ip", "netns", "exec", gw, "/usr/bin/python3", "-c", py, addr).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        p.waitFor(10, TimeUnit.SECONDS);
        return out.startsWith("reached");
    }

    static String sh(String command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("sh", "-c", command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        if (!p.waitFor(30, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IOException("'" + command + "' failed: " + out);
        }
        return out;
    }

    static String shQuiet(String command) {
        try {
            return sh(command);
        } catch (IOException | InterruptedException e) {
            return "";
        }
    }

    @Override
    public void close() {
        if (pid1 != 0) {
            ProcessHandle.of(pid1).ifPresent(ProcessHandle::destroyForcibly);
        }
        if (unshare != null) {
            unshare.destroyForcibly();
            try {
                unshare.waitFor(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        for (String ns : List.of(node, gw, sw)) {
            shQuiet("ip netns del " + ns);
        }
    }

    static Duration seconds(int s) {
        return Duration.ofSeconds(s);
    }
}
