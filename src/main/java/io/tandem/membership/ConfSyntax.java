package io.tandem.membership;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads corosync.conf syntax into a tree of sections. Tokens are whitespace-separated, so both the usual
 * one-key-per-line layout and the tutorial's flattened single line ({@code totem { version: 2 token: 1000 … }})
 * parse. {@code #} starts a comment.
 */
final class ConfSyntax {
    private record Token(String text, int line) {
        boolean isKey() {
            return text.length() > 1 && text.endsWith(":");
        }
    }

    private final List<Token> tokens;
    private final List<ConfigProblem> errors;
    private int pos;

    private ConfSyntax(List<Token> tokens, List<ConfigProblem> errors) {
        this.tokens = tokens;
        this.errors = errors;
    }

    /** Parses {@code text}; syntax errors are added to {@code errors}. The root section is named "". */
    static ConfSection parse(String text, List<ConfigProblem> errors) {
        ConfSyntax syntax = new ConfSyntax(tokenize(text), errors);
        ConfSection root = syntax.block("", 0, true);
        return root;
    }

    private static List<Token> tokenize(String text) {
        List<Token> out = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        int line = 1;
        int wordLine = 1;
        boolean comment = false;
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : '\n';
            if (comment) {
                if (c == '\n') {
                    comment = false;
                    line++;
                }
                continue;
            }
            boolean separator = Character.isWhitespace(c) || c == '{' || c == '}' || (c == '#' && word.isEmpty());
            if (!separator) {
                if (word.isEmpty()) {
                    wordLine = line;
                }
                word.append(c);
                continue;
            }
            if (!word.isEmpty()) {
                out.add(new Token(word.toString(), wordLine));
                word.setLength(0);
            }
            if (c == '{' || c == '}') {
                out.add(new Token(String.valueOf(c), line));
            } else if (c == '#') {
                comment = true;
            } else if (c == '\n') {
                line++;
            }
        }
        return out;
    }

    private ConfSection block(String name, int line, boolean root) {
        List<ConfEntry> entries = new ArrayList<>();
        List<ConfSection> children = new ArrayList<>();
        while (pos < tokens.size()) {
            Token t = tokens.get(pos++);
            if (t.text().equals("}")) {
                if (root) {
                    errors.add(ConfigProblem.error("}", t.line(), "unbalanced '}'"));
                    continue;
                }
                return new ConfSection(name, line, entries, children);
            }
            if (t.isKey()) {
                String key = t.text().substring(0, t.text().length() - 1);
                Token value = pos < tokens.size() ? tokens.get(pos) : null;
                if (value == null || value.text().equals("{") || value.text().equals("}") || value.isKey()) {
                    errors.add(ConfigProblem.error(qualified(name, key), t.line(), "missing value"));
                    continue;
                }
                pos++;
                entries.add(new ConfEntry(key, value.text(), t.line()));
            } else if (pos < tokens.size() && tokens.get(pos).text().equals("{")) {
                pos++;
                children.add(block(t.text(), t.line(), false));
            } else {
                errors.add(ConfigProblem.error(qualified(name, t.text()), t.line(),
                        "expected 'key: value' or 'section {', found '" + t.text() + "'"));
            }
        }
        if (!root) {
            errors.add(ConfigProblem.error(name, line, "section '" + name + "' is not closed with '}'"));
        }
        return new ConfSection(name, line, entries, children);
    }

    private static String qualified(String section, String key) {
        return section.isEmpty() ? key : section + "." + key;
    }
}
