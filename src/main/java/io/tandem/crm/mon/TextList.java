package io.tandem.crm.mon;

/**
 * Pacemaker's plain-text list output: a header line "Name:" at the current depth, items as "* text",
 * each nesting level indented by two more spaces, and a blank line between top-level sections.
 */
final class TextList {

    private final StringBuilder out = new StringBuilder();
    private int depth;

    /** Opens a nested list whose header is printed as an item ("* Header:"), or top-level "Header:". */
    void begin(String header) {
        if (depth == 0) {
            out.append(header).append(":\n");
        } else {
            indent();
            out.append("* ").append(header).append(":\n");
        }
        depth++;
    }

    void end() {
        depth--;
    }

    void item(String text) {
        indent();
        out.append("* ").append(text).append('\n');
    }

    void raw(String text) {
        out.append(text);
    }

    void spacer() {
        out.append('\n');
    }

    private void indent() {
        out.append("  ".repeat(depth));
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
