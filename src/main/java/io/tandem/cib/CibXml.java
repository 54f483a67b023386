package io.tandem.cib;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads and writes XML with the JDK's StAX parser, hardened: no DTDs, no entities, bounded size and depth.
 * Attributes keep their document order, as Pacemaker writes them.
 * Pacemaker's XML is plain elements and attributes, so that is all this keeps (comments are dropped,
 * as cibadmin does).
 */
public final class CibXml {

    /** Pacemaker refuses very large documents too; this keeps a hostile input from eating the heap. */
    public static final int MAX_BYTES = 64 * 1024 * 1024;
    private static final int MAX_DEPTH = 256;
    private static final XMLInputFactory FACTORY = factory();

    private CibXml() {
    }

    public static XmlElement parse(String xml) {
        return parse(xml.getBytes(StandardCharsets.UTF_8));
    }

    public static XmlElement parse(Path file) throws IOException {
        long size = Files.size(file);
        if (size > MAX_BYTES) {
            throw new CibException("XML file " + file + " is " + size + " bytes; the limit is " + MAX_BYTES);
        }
        return parse(Files.readAllBytes(file));
    }

    public static XmlElement parse(byte[] bytes) {
        if (bytes.length > MAX_BYTES) {
            throw new CibException("XML document is " + bytes.length + " bytes; the limit is " + MAX_BYTES);
        }
        XMLStreamReader r = null;
        try (InputStream in = new ByteArrayInputStream(bytes)) {
            r = FACTORY.createXMLStreamReader(in);
            XmlElement root = null;
            java.util.ArrayDeque<Builder> stack = new java.util.ArrayDeque<>();
            while (r.hasNext()) {
                int ev = r.next();
                switch (ev) {
                    case XMLStreamConstants.DTD -> throw new CibException(
                            "XML with a DOCTYPE is refused (entities and DTDs are not allowed in a CIB)");
                    case XMLStreamConstants.ENTITY_REFERENCE -> throw new CibException(
                            "XML entity &" + r.getLocalName() + "; is not allowed in a CIB");
                    case XMLStreamConstants.START_ELEMENT -> {
                        if (stack.size() >= MAX_DEPTH) {
                            throw new CibException("XML is nested deeper than " + MAX_DEPTH + " levels at <"
                                    + r.getLocalName() + ">");
                        }
                        Map<String, String> attrs = new LinkedHashMap<>();
                        for (int i = 0; i < r.getAttributeCount(); i++) {
                            attrs.put(qname(r.getAttributePrefix(i), r.getAttributeLocalName(i)),
                                    r.getAttributeValue(i));
                        }
                        stack.push(new Builder(qname(r.getPrefix(), r.getLocalName()), attrs));
                    }
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                        if (!stack.isEmpty()) {
                            stack.peek().text.append(r.getText());
                        }
                    }
                    case XMLStreamConstants.END_ELEMENT -> {
                        Builder b = stack.pop();
                        XmlElement e = new XmlElement(b.name, b.attrs, b.children, b.text.toString().strip());
                        if (stack.isEmpty()) {
                            root = e;
                        } else {
                            stack.peek().children.add(e);
                        }
                    }
                    default -> {
                    }
                }
            }
            if (root == null) {
                throw new CibException("XML document has no root element");
            }
            return root;
        } catch (XMLStreamException e) {
            String where = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNumber()
                    + ", column " + e.getLocation().getColumnNumber();
            String msg = e.getMessage() == null ? "" : e.getMessage();
            int m = msg.indexOf("Message: ");
            throw new CibException("XML is not well-formed" + where + ": " + (m >= 0 ? msg.substring(m + 9) : msg).strip());
        } catch (IOException e) {
            throw new CibException("cannot read XML: " + e.getMessage());
        } finally {
            if (r != null) {
                try {
                    r.close();
                } catch (XMLStreamException ignored) {
                    // nothing left to release
                }
            }
        }
    }

    private static String qname(String prefix, String local) {
        return prefix == null || prefix.isEmpty() ? local : prefix + ":" + local;
    }

    /** An element being read: StAX keeps attributes in document order, which the DOM would sort. */
    private static final class Builder {
        final String name;
        final Map<String, String> attrs;
        final List<XmlElement> children = new ArrayList<>();
        final StringBuilder text = new StringBuilder();

        Builder(String name, Map<String, String> attrs) {
            this.name = name;
            this.attrs = attrs;
        }
    }

    private static XMLInputFactory factory() {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, false);
        f.setProperty(XMLInputFactory.IS_COALESCING, true);
        return f;
    }

    /** Pretty-prints with two-space indentation, attributes in their stored order. */
    public static String write(XmlElement root) {
        StringBuilder sb = new StringBuilder();
        write(root, sb, 0);
        return sb.toString();
    }

    private static void write(XmlElement e, StringBuilder sb, int depth) {
        sb.append("  ".repeat(depth)).append('<').append(e.name());
        for (Map.Entry<String, String> a : e.attributes().entrySet()) {
            sb.append(' ').append(a.getKey()).append("=\"").append(escape(a.getValue())).append('"');
        }
        if (e.children().isEmpty() && e.text().isEmpty()) {
            sb.append("/>\n");
            return;
        }
        sb.append('>');
        if (!e.text().isEmpty()) {
            sb.append(escape(e.text()));
        }
        if (!e.children().isEmpty()) {
            sb.append('\n');
            for (XmlElement c : e.children()) {
                write(c, sb, depth + 1);
            }
            sb.append("  ".repeat(depth));
        }
        sb.append("</").append(e.name()).append(">\n");
    }

    static String escape(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\n' -> sb.append("&#10;");
                case '\r' -> sb.append("&#13;");
                case '\t' -> sb.append("&#9;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }
}
