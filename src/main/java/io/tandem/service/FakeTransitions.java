package io.tandem.service;

import io.tandem.service.PlannedAction.ActionKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Turns two placements into a crm_simulate-style Transition Summary, and derives the warnings a user must see. */
final class FakeTransitions {

    private FakeTransitions() {
    }

    static List<PlannedAction> between(FakeModel before, FakeScheduler.Plan after, Set<String> recovering) {
        List<PlannedAction> out = new ArrayList<>();
        boolean restartRest = false;
        for (String member : FakeModel.MEMBERS) {
            String from = before.placement.get(member);
            String to = after.placement().get(member);
            if (from != null && to != null && !from.equals(to)) {
                out.add(new PlannedAction(ActionKind.MOVE, member, Optional.of(from), Optional.of(to)));
            } else if (from == null && to != null) {
                out.add(new PlannedAction(ActionKind.START, member, Optional.empty(), Optional.of(to)));
            } else if (from != null && to == null) {
                out.add(new PlannedAction(ActionKind.STOP, member, Optional.of(from), Optional.empty()));
            } else if (from != null && recovering.contains(member) && !before.frozen(member)) {
                out.add(new PlannedAction(ActionKind.RECOVER, member, Optional.empty(), Optional.of(from)));
                restartRest = true;
            } else if (from != null && restartRest) {
                out.add(new PlannedAction(ActionKind.RESTART, member, Optional.empty(), Optional.of(from)));
            }
        }
        int index = 0;
        for (String node : before.nodes.keySet()) {
            String instance = FakeModel.CLONED + ":" + index++;
            boolean was = before.pingNodes.contains(node);
            boolean will = after.pingNodes().contains(node);
            if (!was && will) {
                out.add(new PlannedAction(ActionKind.START, instance, Optional.empty(), Optional.of(node)));
            } else if (was && !will) {
                out.add(new PlannedAction(ActionKind.STOP, instance, Optional.of(node), Optional.empty()));
            } else if (was && recovering.contains(FakeModel.CLONED)) {
                out.add(new PlannedAction(ActionKind.RECOVER, instance, Optional.empty(), Optional.of(node)));
            }
        }
        return out;
    }

    static List<Warning> warnings(FakeModel before, FakeModel after, FakeScheduler.Plan plan, Command command,
                                  List<PlannedAction> actions) {
        List<Warning> out = new ArrayList<>();
        boolean stopping = command instanceof Command.SetRunning r && !r.running();
        for (String member : FakeModel.MEMBERS) {
            if (!stopping && !after.disabled(member) && before.placement.get(member) != null && plan.placement().get(member) == null) {
                out.add(new Warning(Warning.Code.WILL_STOP, List.of(member),
                        member + " will be Stopped: no node may run it (see Why here?)."));
            }
        }
        if (command instanceof Command.Move mv && mv.target().isPresent()) {
            String target = mv.target().get();
            String now = before.placement.get(FakeModel.MEMBERS.get(0));
            String then = plan.placement().get(FakeModel.MEMBERS.get(0));
            if (target.equals(now)) {
                out.add(new Warning(Warning.Code.NO_EFFECT, List.of(mv.resourceId(), target),
                        mv.resourceId() + " already runs on " + target + "."));
            } else if (!mv.force() && !target.equals(then) && before.stickiness >= io.tandem.cib.Score.INFINITY) {
                out.add(new Warning(Warning.Code.STICKINESS_HOLDS, List.of(mv.resourceId(), target),
                        "resource-stickiness=INFINITY keeps " + mv.resourceId() + " where it is: the move to " + target
                                + " needs force."));
            }
        }
        if (command instanceof Command.Cleanup c && c.onNode().isPresent()) {
            for (String node : after.nodes.keySet()) {
                if (node.equals(c.onNode().get())) {
                    continue;
                }
                for (String member : FakeModel.MEMBERS) {
                    int count = after.failCount(member, node);
                    if (count >= after.migrationThreshold) {
                        out.add(new Warning(Warning.Code.FAILCOUNT_REMAINS,
                                List.of(member, node, Integer.toString(count), Integer.toString(after.migrationThreshold)),
                                member + " keeps fail-count " + count + "/" + after.migrationThreshold + " on " + node
                                        + ": one more failure would leave it nowhere to go."));
                    }
                }
            }
        }
        if (command instanceof Command.SetManaged m && !m.managed()
                || command instanceof Command.SetResourceMaintenance rm && rm.on()) {
            String id = command.resource().orElse("");
            out.add(new Warning(Warning.Code.NOT_MANAGED, List.of(id),
                    "The cluster will neither start nor stop " + id + " until this is undone."));
        }
        if (command instanceof Command.Clear c && actions.isEmpty()) {
            out.add(new Warning(Warning.Code.CLEAR_ALLOWS_ONLY, List.of(c.resourceId()),
                    "Clearing only allows " + c.resourceId() + " to move back; stickiness decides whether it does."));
        }
        return out;
    }
}
