package io.tandem.membership.jgroups;

import io.tandem.membership.NodeSetup;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.InstantSource;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Optional;

/**
 * The {@link DrivenNode} of the multi-JVM tests, plus a {@link FaultLayer} driven by the extra commands
 * block N1,N2 | heal | loss F | delay MS. Args: CONF NODE KEYFILE.
 */
public final class MemberMain {
    private MemberMain() {
    }

    public static void main(String[] args) throws Exception {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        NodeSetup setup = NodeSetup.load(Path.of(args[0]), Optional.of(args[1]), Path.of(args[2]));
        FaultLayer faults = new FaultLayer(args[1].hashCode());
        JGroupsMembership m = new JGroupsMembership(setup, InstantSource.system()).withLayer(() -> faults);
        new DrivenNode(m, out, System::exit)
                .command("block", a -> faults.block(new HashSet<>(Arrays.asList(a.split(",")))))
                .command("heal", a -> faults.heal())
                .command("loss", a -> faults.loss(Double.parseDouble(a)))
                .command("delay", a -> faults.delay(Long.parseLong(a)))
                .serve(System.in);
        // stdin closed: the test that started us is gone, so must we be (JGroups threads would keep us alive).
        System.exit(0);
    }
}
