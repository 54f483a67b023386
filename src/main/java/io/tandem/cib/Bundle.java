package io.tandem.cib;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A bundle (container + optional embedded primitive). Parsed and preserved verbatim; the scheduler
 * reports bundles as unsupported for now.
 */
public record Bundle(XmlElement xml) implements Resource {

    @Override
    public Map<String, String> attributes() {
        return xml.attributes();
    }

    @Override
    public List<NvSet> sets() {
        return NvSet.allFromXml(xml);
    }

    public Optional<Primitive> primitive() {
        return xml.child("primitive").map(Primitive::fromXml);
    }

    @Override
    public List<Resource> selfAndDescendants() {
        List<Resource> out = new ArrayList<>();
        out.add(this);
        primitive().ifPresent(out::add);
        return out;
    }

    @Override
    public XmlElement toXml() {
        return xml;
    }
}
