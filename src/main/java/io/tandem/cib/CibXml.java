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
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Reads and writes XML with the JDK's parser, hardened: no DTDs, no external entities, bounded size.
 * Pacemaker's XML is plain elements and attributes, so that is all this keeps (comments are dropped,
 * as cibadmin does).
 */
public final class CibXml {

    /** Pacemaker refuses very large documents too; this keeps a hostile input from eating the heap. */
    public static final int MAX_BYTES = 64 * 1024 * 1024;
    private static final int MAX_DEPTH = 256;

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
        try (InputStream in = new ByteArrayInputStream(bytes)) {
            DocumentBuilder builder = factory().newDocumentBuilder();
            builder.setErrorHandler(null);
            Document doc = builder.parse(in);
            return convert(doc.getDocumentElement(), 0);
        } catch (SAXParseException e) {
            throw new CibException("XML is not well-formed at line " + e.getLineNumber() + ", column "
                    + e.getColumnNumber() + ": " + e.getMessage());
        } catch (SAXException e) {
            throw new CibException("XML is not well-formed: " + e.getMessage());
        } catch (IOException | ParserConfigurationException e) {
            throw new CibException("cannot read XML: " + e.getMessage());
        }
    }

    private static DocumentBuilderFactory factory() throws ParserConfigurationException {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(false);
        f.setValidating(false);
        f.setExpandEntityReferences(false);
        f.setXIncludeAware(false);
        f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        f.setFeature("http://xml.org/sax/features/external-general-entities", false);
        f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        return f;
    }

    private static XmlElement convert(Element e, int depth) {
        if (depth > MAX_DEPTH) {
            throw new CibException("XML is nested deeper than " + MAX_DEPTH + " levels at <" + e.getTagName() + ">");
        }
        Map<String, String> attrs = new LinkedHashMap<>();
        NamedNodeMap nm = e.getAttributes();
        for (int i = 0; i < nm.getLength(); i++) {
            Node a = nm.item(i);
            attrs.put(a.getNodeName(), a.getNodeValue());
        }
        List<XmlElement> kids = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        NodeList nl = e.getChildNodes();
        for (int i = 0; i < nl.getLength(); i++) {
            Node n = nl.item(i);
            if (n.getNodeType() == Node.ELEMENT_NODE) {
                kids.add(convert((Element) n, depth + 1));
            } else if (n.getNodeType() == Node.TEXT_NODE || n.getNodeType() == Node.CDATA_SECTION_NODE) {
                text.append(n.getNodeValue());
            }
        }
        return new XmlElement(e.getTagName(), attrs, kids, text.toString().strip());
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
