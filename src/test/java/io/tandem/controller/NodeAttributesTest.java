package io.tandem.controller;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.tandem.attrd.AttributeWrite;
import io.tandem.attrd.Lifetime;
import io.tandem.cib.Cib;
import io.tandem.cib.CibXml;
import io.tandem.cib.NodeState;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class NodeAttributesTest {

    private static Cib twoNodes() {
        Cib c = Cib.empty();
        c = NodeStates.joined(c, "node1", 1, List.of());
        return NodeStates.joined(c, "node2", 2, List.of());
    }

    @Test
    void transientValuesLandInStatusWithPacemakersIds() {
        Cib c = NodeAttributes.apply(twoNodes(), new AttributeWrite("fail-count-httpd#monitor_10000", Lifetime.REBOOT,
                Map.of("node1", Optional.of("1"), "node2", Optional.empty())));
        NodeState n1 = c.status().node("node1").orElseThrow();
        assertEquals(Optional.of("1"), n1.transientAttribute("fail-count-httpd#monitor_10000"));
        String xml = CibXml.write(c.toXml());
        assertEquals(true, xml.contains("<nvpair id=\"status-1-fail-count-httpd.monitor_10000\""), xml);
        assertEquals(List.of(), c.status().node("node2").orElseThrow().transientSets());
        Cib deleted = NodeAttributes.apply(c, new AttributeWrite("fail-count-httpd#monitor_10000", Lifetime.REBOOT,
                Map.of("node1", Optional.empty())));
        assertEquals(Optional.empty(), deleted.status().node("node1").orElseThrow()
                .transientAttribute("fail-count-httpd#monitor_10000"));
    }

    @Test
    void permanentValuesLandInTheNodesConfiguration() {
        Cib c = NodeAttributes.apply(twoNodes(), new AttributeWrite("standby", Lifetime.FOREVER,
                Map.of("node1", Optional.of("on"))));
        assertEquals(Optional.of("on"), c.configuration().findNode("node1").orElseThrow().attribute("standby"));
    }
}
