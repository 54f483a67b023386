package io.tandem.crm.lang;

import java.util.List;

/** Walks the tokens of one line and builds crmsh-style syntax errors. */
final class Cursor {
    private final List<String> tokens;
    private final String type;
    private int pos;

    Cursor(List<String> tokens, String type, int start) {
        this.tokens = List.copyOf(tokens);
        this.type = type;
        this.pos = start;
    }

    boolean more() {
        return pos < tokens.size();
    }

    String peek() {
        return pos < tokens.size() ? tokens.get(pos) : null;
    }

    String peekNext() {
        return pos + 1 < tokens.size() ? tokens.get(pos + 1) : null;
    }

    boolean at(String word) {
        return word.equals(peek());
    }

    String next() {
        if (pos >= tokens.size()) {
            throw error("Unexpected end of line");
        }
        return tokens.get(pos++);
    }

    /** An error naming the object type and quoting the whole line, as crmsh prints it. */
    CrmSyntaxException error(String message) {
        return new CrmSyntaxException("syntax in " + type + ": " + message + " parsing '" + line(tokens.size()) + "'");
    }

    CrmSyntaxException errorNear(String message) {
        String near = peek() == null ? "" : " near <" + peek() + ">";
        return new CrmSyntaxException("syntax in " + type + ": " + message + near + " parsing '" + line(tokens.size())
                + "'");
    }

    /** An error that quotes the line only up to the current token (crmsh does so for bool-op mixing). */
    CrmSyntaxException errorSoFar(String message) {
        return new CrmSyntaxException("syntax in " + type + ": " + message + " parsing '" + line(pos) + "'");
    }

    String line(int upTo) {
        return String.join(" ", tokens.subList(0, Math.min(upTo, tokens.size())));
    }
}
