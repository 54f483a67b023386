package io.tandem.transition;

/** An ordering input: action {@code after} may fire only once action {@code before} completed. */
public record Edge(int before, int after) {
}
