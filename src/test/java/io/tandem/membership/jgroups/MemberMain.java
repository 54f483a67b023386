package io.tandem.membership.jgroups;

import io.tandem.membership.FailFast;
import io.tandem.membership.Member;
import io.tandem.membership.MembershipListener;
import io.tandem.membership.NodeSetup;
import io.tandem.membership.QuorumState;
import io.tandem.membership.View;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.InstantSource;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * A cluster node in its own JVM, driven by the multi-JVM tests through stdin and observed through stdout.
 * Args: CONF NODE KEYFILE. Commands: bcast TEXT | flood COUNT SIZE | expect TOTAL | block N1,N2 | heal |
 * loss F | delay MS | die | quit. Output: STARTED, VIEW id names quorate=…, MSG from text, FLOOD_DONE ….
 */
public final class MemberMain {
    private MemberMain() {
    }

    public static void main(String[] args) throws Exception {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        NodeSetup setup = NodeSetup.load(Path.of(args[0]), Optional.of(args[1]), Path.of(args[2]));
        FaultLayer faults = new FaultLayer(args[1].hashCode());
        JGroupsMembership m = new JGroupsMembership(setup, InstantSource.system()).withLayer(() -> faults);
        FloodChecker flood = new FloodChecker(out);
        m.subscribe(new MembershipListener() {
            @Override
            public void viewChanged(View view, QuorumState q) {
                out.println("VIEW " + view.id() + " " + String.join(",", view.names()) + " quorate=" + q.quorate());
            }

            @Override
            public void received(Member from, byte[] payload, boolean broadcast) {
                if (payload.length > 0 && payload[0] == FloodChecker.MARK) {
                    flood.deliver(payload);
                } else {
                    out.println("MSG " + from.name() + " " + new String(payload, StandardCharsets.UTF_8));
                }
            }
        });
        FailFast failFast = new FailFast(m, System::exit);
        m.start();
        out.println("STARTED " + m.localMember().name());
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        String line;
        while ((line = in.readLine()) != null) {
            String[] w = line.trim().split(" ", 2);
            String arg = w.length > 1 ? w[1] : "";
            switch (w[0]) {
                case "bcast" -> m.broadcast(arg.getBytes(StandardCharsets.UTF_8));
                case "flood" -> {
                    String[] p = arg.split(" ");
                    int count = Integer.parseInt(p[0]);
                    int size = Integer.parseInt(p[1]);
                    Thread.ofPlatform().name("flood").start(() -> {
                        for (int seq = 0; seq < count; seq++) {
                            m.broadcast(FloodChecker.message(m.localMember().id(), seq, size));
                        }
                        out.println("FLOOD_SENT " + count);
                    });
                }
                case "expect" -> flood.expect(Integer.parseInt(arg));
                case "block" -> {
                    Set<String> names = new HashSet<>(Arrays.asList(arg.split(",")));
                    faults.block(names);
                }
                case "heal" -> faults.heal();
                case "loss" -> faults.loss(Double.parseDouble(arg));
                case "delay" -> faults.delay(Long.parseLong(arg));
                case "die" -> failFast.componentDied("controller", new IllegalStateException("injected by test"));
                case "quit" -> {
                    m.stop();
                    out.println("STOPPED");
                    System.exit(0);
                }
                default -> out.println("ERROR unknown command " + line);
            }
        }
        // stdin closed: the test that started us is gone, so must we be (JGroups threads would keep us alive).
        m.stop();
        System.exit(0);
    }
}
