package io.tandem.crm.mon;

/** A minimal indented XML writer for crm_mon's output: elements with attributes in the given order. */
final class XmlOut {

    private final StringBuilder sb = new StringBuilder();
    private int depth;

    /** Opens an element with children; attributes as name, value pairs (null values are skipped). */
    void open(String name, String... attrs) {
        start(name, attrs);
        sb.append(">\n");
        depth++;
    }

    void close(String name) {
        depth--;
        sb.append("  ".repeat(depth)).append("</").append(name).append(">\n");
    }

    void empty(String name, String... attrs) {
        start(name, attrs);
        sb.append("/>\n");
    }

    private void start(String name, String... attrs) {
        sb.append("  ".repeat(depth)).append('<').append(name);
        for (int i = 0; i + 1 < attrs.length; i += 2) {
            if (attrs[i + 1] != null) {
                sb.append(' ').append(attrs[i]).append("=\"").append(escape(attrs[i + 1])).append('"');
            }
        }
    }

    static String escape(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    @Override
    public String toString() {
        return sb.toString();
    }
}
