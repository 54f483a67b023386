package io.tandem.crm.show;

import java.util.regex.Pattern;

/** crmsh's value quoting: plain words stay bare, anything else goes in double quotes. */
final class Quote {
    private static final Pattern BARE = Pattern.compile("[A-Za-z0-9_.:\\-#]+");

    private Quote() {
    }

    static boolean bare(String v) {
        return BARE.matcher(v).matches();
    }

    static String wrap(String v) {
        if (bare(v)) {
            return v;
        }
        return "\"" + v.replace("\"", "\\\"") + "\"";
    }

    static String pair(String name, String value) {
        return value == null ? name : name + "=" + wrap(value);
    }
}
