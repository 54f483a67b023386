package io.tandem.cli;

import io.tandem.transition.Action;
import io.tandem.transition.TransitionGraph;
import java.util.List;

/** Writes a transition graph in the shape of Pacemaker's transition_graph XML (synapses with inputs). */
final class CrmSimulateGraph {

    private CrmSimulateGraph() {
    }

    static String xml(TransitionGraph g) {
        StringBuilder sb = new StringBuilder("<transition_graph transition_id=\"0\">\n");
        List<List<Integer>> inputs = g.inputs();
        for (Action a : g.actions()) {
            sb.append("  <synapse id=\"").append(a.id()).append("\">\n    <action_set>\n      ");
            element(sb, a);
            sb.append("\n    </action_set>\n    <inputs>\n");
            for (int i : inputs.get(a.id())) {
                sb.append("      <trigger>");
                element(sb, g.actions().get(i));
                sb.append("</trigger>\n");
            }
            sb.append("    </inputs>\n  </synapse>\n");
        }
        return sb.append("</transition_graph>\n").toString();
    }

    private static void element(StringBuilder sb, Action a) {
        String tag = a.pseudo() ? "pseudo_event" : a.kind() == Action.Kind.FENCE ? "crm_event" : "rsc_op";
        sb.append('<').append(tag).append(" id=\"").append(a.id()).append("\" operation=\"").append(a.task())
                .append("\" operation_key=\"").append(a.key()).append('"');
        if (a.node() != null) {
            sb.append(" on_node=\"").append(a.node()).append('"');
        }
        sb.append("/>");
    }
}
