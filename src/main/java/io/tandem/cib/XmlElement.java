package io.tandem.cib;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * An immutable XML element: the verbatim backbone of the CIB. Typed records are views over it, and
 * anything Tandem does not model yet survives a round trip because it stays here untouched.
 *
 * @param name      the element name
 * @param attributes attributes in document order
 * @param children  child elements in document order
 * @param text      the element's own text content (trimmed), or empty; CIB elements carry none in practice
 */
public record XmlElement(String name, Map<String, String> attributes, List<XmlElement> children, String text) {

    public XmlElement {
        if (name == null || name.isEmpty()) {
            throw new IllegalArgumentException("element name must not be empty");
        }
        attributes = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
        children = List.copyOf(children);
        text = text == null ? "" : text;
    }

    public static XmlElement of(String name) {
        return new XmlElement(name, Map.of(), List.of(), "");
    }

    public String attr(String key) {
        return attributes.get(key);
    }

    public String attr(String key, String fallback) {
        return attributes.getOrDefault(key, fallback);
    }

    public Optional<String> optAttr(String key) {
        return Optional.ofNullable(attributes.get(key));
    }

    public String id() {
        return attributes.get("id");
    }

    public List<XmlElement> children(String childName) {
        List<XmlElement> out = new ArrayList<>();
        for (XmlElement c : children) {
            if (c.name.equals(childName)) {
                out.add(c);
            }
        }
        return out;
    }

    public Optional<XmlElement> child(String childName) {
        for (XmlElement c : children) {
            if (c.name.equals(childName)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    public XmlElement withAttr(String key, String value) {
        Map<String, String> a = new LinkedHashMap<>(attributes);
        if (value == null) {
            a.remove(key);
        } else {
            a.put(key, value);
        }
        return new XmlElement(name, a, children, text);
    }

    public XmlElement withChildren(List<XmlElement> newChildren) {
        return new XmlElement(name, attributes, newChildren, text);
    }

    public XmlElement withChild(XmlElement child) {
        List<XmlElement> c = new ArrayList<>(children);
        c.add(child);
        return withChildren(c);
    }

    /** Replaces the first child with the given name, or appends it when there is none. */
    public XmlElement withChildReplaced(XmlElement child) {
        List<XmlElement> c = new ArrayList<>(children);
        for (int i = 0; i < c.size(); i++) {
            if (c.get(i).name.equals(child.name)) {
                c.set(i, child);
                return withChildren(c);
            }
        }
        c.add(child);
        return withChildren(c);
    }

    public XmlElement withoutChildren(Predicate<XmlElement> drop) {
        return withChildren(children.stream().filter(drop.negate()).toList());
    }

    /** Depth-first search over this element and its descendants. */
    public void walk(java.util.function.Consumer<XmlElement> visitor) {
        visitor.accept(this);
        for (XmlElement c : children) {
            c.walk(visitor);
        }
    }

    @Override
    public String toString() {
        return CibXml.write(this);
    }
}
