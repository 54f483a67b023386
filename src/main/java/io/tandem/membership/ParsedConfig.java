package io.tandem.membership;

import java.util.List;

/** A configuration that can work, plus the warnings found while reading it (unknown keys, crypto off…). */
public record ParsedConfig(ClusterConfig config, List<ConfigProblem> warnings) {
    public ParsedConfig {
        warnings = List.copyOf(warnings);
    }
}
