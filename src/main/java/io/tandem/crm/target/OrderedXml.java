package io.tandem.crm.target;

import io.tandem.cib.CibException;
import io.tandem.cib.XmlElement;
import java.io.ByteArrayInputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads XML keeping attributes in document order (DOM sorts them), because crm prints attributes in
 * the order the CIB stores them ({@code op stop timeout=60s on-fail=block interval=0}). No DTDs, no
 * external entities.
 */
final class OrderedXml {

    private OrderedXml() {
    }

    static XmlElement parse(byte[] bytes) {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, false);
        try {
            XMLStreamReader r = f.createXMLStreamReader(new ByteArrayInputStream(bytes));
            Deque<Building> stack = new ArrayDeque<>();
            XmlElement root = null;
            while (r.hasNext()) {
                int ev = r.next();
                if (ev == XMLStreamConstants.START_ELEMENT) {
                    Map<String, String> attrs = new LinkedHashMap<>();
                    for (int i = 0; i < r.getAttributeCount(); i++) {
                        attrs.put(r.getAttributeLocalName(i), r.getAttributeValue(i));
                    }
                    stack.push(new Building(r.getLocalName(), attrs));
                } else if (ev == XMLStreamConstants.CHARACTERS || ev == XMLStreamConstants.CDATA) {
                    if (!stack.isEmpty()) {
                        stack.peek().text.append(r.getText());
                    }
                } else if (ev == XMLStreamConstants.END_ELEMENT) {
                    Building b = stack.pop();
                    XmlElement e = new XmlElement(b.name, b.attrs, b.kids, b.text.toString().strip());
                    if (stack.isEmpty()) {
                        root = e;
                    } else {
                        stack.peek().kids.add(e);
                    }
                }
            }
            if (root == null) {
                throw new CibException("XML document is empty");
            }
            return root;
        } catch (XMLStreamException e) {
            throw new CibException("XML is not well-formed: " + e.getMessage());
        }
    }

    private static final class Building {
        final String name;
        final Map<String, String> attrs;
        final List<XmlElement> kids = new ArrayList<>();
        final StringBuilder text = new StringBuilder();

        Building(String name, Map<String, String> attrs) {
            this.name = name;
            this.attrs = attrs;
        }
    }
}
