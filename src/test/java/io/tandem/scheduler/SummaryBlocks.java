package io.tandem.scheduler;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The README's normalisation of crm_simulate's Transition Summary block (strict and loose levels). */
final class SummaryBlocks {

    private SummaryBlocks() {
    }

    static List<String> fromOutput(String text, boolean loose) {
        Matcher m = Pattern.compile("(?ms)^Transition Summary:\\n(.*?)^Executing Cluster Transition:").matcher(text);
        List<String> lines = new ArrayList<>();
        if (m.find()) {
            for (String l : m.group(1).split("\n")) {
                lines.add(l);
            }
        }
        return normalize(lines, loose);
    }

    static List<String> normalize(List<String> raw, boolean loose) {
        List<String> out = new ArrayList<>();
        for (String line : raw) {
            line = line.strip();
            if (!line.startsWith("* ")) {
                continue;
            }
            line = line.substring(2).replaceAll("\\s+", " ");
            line = line.replaceAll("\\(\\s*", "(").replaceAll("\\s*\\)", ")");
            if (loose) {
                line = line.replaceAll("\\)\\s+due to .*$", ")");
                line = line.replaceAll("^(\\S+ \\S+?):\\d+ ", "$1 ");
            }
            out.add(line);
        }
        Collections.sort(out);
        return out;
    }

    /** The block between "Current cluster status:" and "Transition Summary:". */
    static String currentStatus(String text) {
        Matcher m = Pattern.compile("(?ms)^Current cluster status:\\n(.*?)^Transition Summary:").matcher(text);
        return m.find() ? m.group(1).strip() : "";
    }
}
