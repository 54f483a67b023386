package io.tandem.cib;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A resource template: a primitive definition that primitives reference with {@code template=}. */
public record Template(Primitive body) implements Resource {

    public static Template fromXml(XmlElement e) {
        return new Template(Primitive.fromXml(e));
    }

    @Override
    public Map<String, String> attributes() {
        return body.attributes();
    }

    @Override
    public List<NvSet> sets() {
        return body.sets();
    }

    public List<Operation> operations() {
        return body.operations();
    }

    public Optional<Map<String, String>> operationsAttributes() {
        return body.operationsAttributes();
    }

    @Override
    public List<Resource> selfAndDescendants() {
        return List.of(this);
    }

    @Override
    public XmlElement toXml() {
        return body.toXml("template");
    }
}
