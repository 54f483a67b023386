package io.tandem.crm.lang;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns crm input text into logical lines: backslash-newline continues a line, and a line whose
 * first non-blank character is {@code #} is a comment ({@code #uname} inside a line is not).
 */
public final class Lines {

    private Lines() {
    }

    public static List<String> logical(String text) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = null;
        for (String raw : text.split("\r?\n", -1)) {
            String line = raw;
            if (cur == null && line.strip().startsWith("#")) {
                continue;
            }
            boolean cont = line.endsWith("\\") && !line.endsWith("\\\\");
            if (cont) {
                line = line.substring(0, line.length() - 1);
            }
            if (cur == null) {
                cur = new StringBuilder(line);
            } else {
                cur.append(' ').append(line.strip());
            }
            if (!cont) {
                if (!cur.toString().isBlank()) {
                    out.add(cur.toString());
                }
                cur = null;
            }
        }
        if (cur != null && !cur.toString().isBlank()) {
            out.add(cur.toString());
        }
        return out;
    }

    /** Splits a line as a POSIX shell would: whitespace separates, quotes group, backslash escapes. */
    public static List<String> tokens(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder tok = new StringBuilder();
        boolean inTok = false;
        char quote = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                } else if (c == '\\' && quote == '"' && i + 1 < line.length()
                        && (line.charAt(i + 1) == '"' || line.charAt(i + 1) == '\\')) {
                    tok.append(line.charAt(++i));
                } else {
                    tok.append(c);
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
                inTok = true;
            } else if (c == '\\' && i + 1 < line.length()) {
                tok.append(line.charAt(++i));
                inTok = true;
            } else if (Character.isWhitespace(c)) {
                if (inTok) {
                    out.add(tok.toString());
                    tok.setLength(0);
                    inTok = false;
                }
            } else {
                tok.append(c);
                inTok = true;
            }
        }
        if (quote != 0) {
            throw new CrmSyntaxException("Unmatched quote in line: " + line);
        }
        if (inTok) {
            out.add(tok.toString());
        }
        return out;
    }
}
