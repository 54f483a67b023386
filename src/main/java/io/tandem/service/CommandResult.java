package io.tandem.service;

import java.util.List;

/** The outcome of a command: crm-like output lines, warnings, and the audit entry that records it. */
public record CommandResult(boolean ok, List<String> output, List<Warning> warnings, long auditId) {
    public CommandResult {
        output = List.copyOf(output);
        warnings = List.copyOf(warnings);
    }
}
