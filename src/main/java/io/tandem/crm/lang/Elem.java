package io.tandem.crm.lang;

import io.tandem.cib.XmlElement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A mutable element used only while one line is parsed; frozen into an {@link XmlElement} at the end. */
final class Elem {
    final String name;
    final Map<String, String> attrs = new LinkedHashMap<>();
    final List<Elem> kids = new ArrayList<>();

    Elem(String name) {
        this.name = name;
    }

    Elem set(String k, String v) {
        if (v != null) {
            attrs.put(k, v);
        }
        return this;
    }

    Elem add(Elem child) {
        kids.add(child);
        return child;
    }

    XmlElement freeze() {
        return new XmlElement(name, attrs, kids.stream().map(Elem::freeze).toList(), "");
    }
}
