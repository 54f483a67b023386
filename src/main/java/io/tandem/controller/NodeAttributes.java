package io.tandem.controller;

import io.tandem.attrd.AttributeWrite;
import io.tandem.attrd.Lifetime;
import io.tandem.cib.Cib;
import io.tandem.cib.CibNode;
import io.tandem.cib.NodeState;
import io.tandem.cib.NvSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Records attrd's values in the CIB the way Pacemaker does: transient ones as
 * {@code status/node_state/transient_attributes/instance_attributes[@id="status-ID"]}, permanent ones
 * in the node's {@code instance_attributes} in the configuration.
 */
final class NodeAttributes {
    private NodeAttributes() {
    }

    static Cib apply(Cib cib, AttributeWrite w) {
        Cib out = cib;
        for (Map.Entry<String, Optional<String>> e : w.values().entrySet()) {
            out = w.lifetime() == Lifetime.REBOOT ? transientValue(out, e.getKey(), w.name(), e.getValue())
                    : permanentValue(out, e.getKey(), w.name(), e.getValue());
        }
        return out;
    }

    private static Cib transientValue(Cib cib, String node, String name, Optional<String> value) {
        Optional<NodeState> state = cib.status().node(node);
        if (state.isEmpty()) {
            return cib;
        }
        NodeState s = state.get();
        String setId = "status-" + s.id();
        List<NvSet> sets = new ArrayList<>(s.transientSets());
        int idx = indexOf(sets, setId);
        NvSet set = idx >= 0 ? sets.get(idx) : NvSet.of(NvSet.INSTANCE, setId, List.of());
        NvSet updated = value.isPresent() ? withPair(set, setId, name, value.get()) : set.without(name);
        if (idx >= 0) {
            sets.set(idx, updated);
        } else if (value.isPresent()) {
            sets.add(updated);
        }
        if (sets.equals(s.transientSets())) {
            return cib;
        }
        return cib.withStatus(cib.status().withNode(s.withTransientSets(sets)));
    }

    private static Cib permanentValue(Cib cib, String node, String name, Optional<String> value) {
        List<CibNode> nodes = new ArrayList<>(cib.configuration().nodes());
        for (int i = 0; i < nodes.size(); i++) {
            CibNode n = nodes.get(i);
            if (!n.uname().equals(node)) {
                continue;
            }
            String setId = "nodes-" + n.id();
            List<NvSet> sets = new ArrayList<>(n.sets());
            int idx = -1;
            for (int j = 0; j < sets.size(); j++) {
                if (sets.get(j).kind().equals(NvSet.INSTANCE) && sets.get(j).rule().isEmpty()) {
                    idx = j;
                    break;
                }
            }
            NvSet set = idx >= 0 ? sets.get(idx) : NvSet.of(NvSet.INSTANCE, setId, List.of());
            NvSet updated = value.isPresent() ? withPair(set, set.id(), name, value.get()) : set.without(name);
            if (idx >= 0) {
                sets.set(idx, updated);
            } else if (value.isPresent()) {
                sets.add(updated);
            }
            nodes.set(i, n.withSets(sets));
            return cib.withConfiguration(cib.configuration().withNodes(nodes));
        }
        return cib;
    }

    private static NvSet withPair(NvSet set, String setId, String name, String value) {
        if (set.get(name).isPresent()) {
            return set.with(name, value);
        }
        List<io.tandem.cib.NvPair> pairs = new ArrayList<>(set.pairs());
        pairs.add(io.tandem.cib.NvPair.of(setId + "-" + sanitize(name), name, value));
        return set.withPairs(pairs);
    }

    private static int indexOf(List<NvSet> sets, String id) {
        for (int i = 0; i < sets.size(); i++) {
            if (id.equals(sets.get(i).id())) {
                return i;
            }
        }
        return -1;
    }

    /** As Pacemaker's crm_xml_sanitize_id: characters an XML ID cannot hold become '.'. */
    static String sanitize(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            b.append(Character.isLetterOrDigit(c) || c == '-' || c == '_' || c == '.' ? c : '.');
        }
        return b.toString();
    }
}
