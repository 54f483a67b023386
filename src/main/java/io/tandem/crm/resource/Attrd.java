package io.tandem.crm.resource;

import io.tandem.cib.Cib;
import io.tandem.cib.XmlElement;
import io.tandem.crm.configure.CrmCommandException;
import io.tandem.crm.target.CibTarget;
import java.util.ArrayList;
import java.util.List;

/** Transient node attributes written straight into a CIB file's status section (offline only). */
final class Attrd {

    private Attrd() {
    }

    static void setTransient(CibTarget target, String node, String name, String value) {
        Cib cib = target.fetch();
        String nodeId = cib.configuration().findNode(node).map(io.tandem.cib.CibNode::id)
                .orElseThrow(() -> new CrmCommandException("Node \"" + node + "\" is not a cluster node"));
        CibChange.apply(target, root -> CibChange.section(root, "status", st -> {
            List<XmlElement> kids = new ArrayList<>(st.children());
            int at = -1;
            for (int i = 0; i < kids.size(); i++) {
                if (kids.get(i).name().equals("node_state") && nodeId.equals(kids.get(i).id())) {
                    at = i;
                }
            }
            XmlElement ns = at >= 0 ? kids.get(at) : XmlElement.of("node_state").withAttr("id", nodeId)
                    .withAttr("uname", node);
            XmlElement ta = ns.child("transient_attributes").orElse(XmlElement.of("transient_attributes")
                    .withAttr("id", nodeId));
            ta = Attributes.put(ta, "instance_attributes", "status-" + nodeId, name, value);
            ns = ns.withChildReplaced(ta);
            if (at >= 0) {
                kids.set(at, ns);
            } else {
                kids.add(ns);
            }
            return st.withChildren(kids);
        }));
    }
}
