package io.tandem.crm.lang;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * crmsh's ACL shortcuts ({@code status}, {@code node:NAME}, {@code meta:RSC:NAME}...) and the xpaths
 * they stand for, both ways: the printer shows a matching xpath as its shortcut again.
 */
public final class AclShortcuts {

    /** Shortcut → xpath template; each %s is one ':'-separated argument. */
    private static final Map<String, String[]> MAP = new LinkedHashMap<>();

    static {
        MAP.put("cib", new String[] {"/cib"});
        MAP.put("status", new String[] {"/cib/status"});
        MAP.put("node", new String[] {"//nodes/node", "//nodes/node[@uname='%s']"});
        MAP.put("nodeattr", new String[] {"//nodes/node/instance_attributes",
            "//nodes/node/instance_attributes/nvpair[@name='%s']"});
        MAP.put("nodeutil", new String[] {"//nodes/node/utilization", "//nodes/node[@uname='%s']/utilization"});
        MAP.put("property", new String[] {"//crm_config/cluster_property_set",
            "//crm_config/cluster_property_set/nvpair[@name='%s']"});
        MAP.put("meta", new String[] {null, null, "//primitive[@id='%s']/meta_attributes/nvpair[@name='%s']"});
        MAP.put("params", new String[] {null, null, "//primitive[@id='%s']/instance_attributes/nvpair[@name='%s']"});
        MAP.put("utilization", new String[] {null, "//primitive[@id='%s']/utilization"});
        MAP.put("location", new String[] {null, "//constraints/rsc_location[@rsc='%s']"});
        MAP.put("rscsets", new String[] {"//resource_set"});
    }

    private AclShortcuts() {
    }

    static String toXpath(String key, String args) {
        String[] forms = MAP.get(key);
        if (forms == null) {
            return null;
        }
        String[] a = args == null ? new String[0] : args.split(":");
        if (a.length >= forms.length || forms[a.length] == null) {
            return null;
        }
        return String.format(forms[a.length], (Object[]) a);
    }

    /** The shortcut text for an xpath crm wrote, if it is one. */
    public static Optional<String> fromXpath(String xpath) {
        for (Map.Entry<String, String[]> e : MAP.entrySet()) {
            String[] forms = e.getValue();
            for (String f : forms) {
                if (f == null) {
                    continue;
                }
                Matcher m = Pattern.compile(Pattern.quote(f).replace("%s", "\\E([^'\\]]+)\\Q")).matcher(xpath);
                if (m.matches()) {
                    StringBuilder sb = new StringBuilder(e.getKey());
                    for (int i = 1; i <= m.groupCount(); i++) {
                        sb.append(':').append(m.group(i));
                    }
                    return Optional.of(sb.toString());
                }
            }
        }
        return Optional.empty();
    }
}
