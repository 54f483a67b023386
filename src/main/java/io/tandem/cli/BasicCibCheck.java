package io.tandem.cli;

import io.tandem.cib.XmlElement;
import java.util.ArrayList;
import java.util.List;

/**
 * The shape every CIB must have: a {@code <cib>} root with {@code <configuration>} holding
 * crm_config, nodes, resources and constraints. Stands in until boot wires the cib package's full
 * validator (TODO: Cib.fromXml + CibValidator.validate), and stays as the first, cheapest check.
 */
public final class BasicCibCheck implements CibCheck {

    private static final List<String> REQUIRED_SECTIONS = List.of("crm_config", "nodes", "resources", "constraints");

    @Override
    public List<CibFinding> check(XmlElement cib) {
        List<CibFinding> out = new ArrayList<>();
        if (!cib.name().equals("cib")) {
            out.add(CibFinding.error("/" + cib.name(), "the root element must be <cib>, not <" + cib.name() + ">"));
            return out;
        }
        var configuration = cib.child("configuration");
        if (configuration.isEmpty()) {
            out.add(CibFinding.error("/cib", "required element <configuration> is missing"));
            return out;
        }
        for (String section : REQUIRED_SECTIONS) {
            if (configuration.get().child(section).isEmpty()) {
                out.add(CibFinding.error("/cib/configuration", "required element <" + section + "> is missing"));
            }
        }
        return out;
    }
}
