package io.tandem.membership;

import java.util.List;
import java.util.stream.Collectors;

/** The configuration cannot work; the node refuses to start. Every error names its key and line. */
public final class ClusterConfigException extends Exception {
    private final transient List<ConfigProblem> errors;

    public ClusterConfigException(List<ConfigProblem> errors) {
        super(errors.stream().map(ConfigProblem::toString).collect(Collectors.joining("; ")));
        this.errors = List.copyOf(errors);
    }

    public List<ConfigProblem> errors() {
        return errors;
    }
}
