package io.tandem.service;

/** A problem found while validating crm configuration text; line is 1-based. */
public record ConfigProblem(int line, String message) {
}
