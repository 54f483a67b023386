package io.tandem.scheduler.gen;

/**
 * What a generated CIB may contain.
 *
 * @param nodes       how many nodes
 * @param resources   roughly how many primitives (group members and clone children count)
 * @param groups      whether some primitives are grouped
 * @param clones      whether some primitives are cloned
 * @param constraints whether location, colocation and order constraints are added
 * @param history     whether resources have a running state in the status section
 * @param failures    whether some have failed operations and fail-counts
 * @param nodeStates  whether some nodes are offline or in standby
 */
public record GeneratorSpec(int nodes, int resources, boolean groups, boolean clones, boolean constraints,
        boolean history, boolean failures, boolean nodeStates) {

    public GeneratorSpec {
        if (nodes < 1 || resources < 1) {
            throw new IllegalArgumentException("a CIB needs at least one node and one resource");
        }
    }

    /** Everything the differential test exercises, on a small cluster. */
    public static GeneratorSpec small(int nodes, int resources) {
        return new GeneratorSpec(nodes, resources, true, true, true, true, true, true);
    }
}
