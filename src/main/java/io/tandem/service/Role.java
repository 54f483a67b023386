package io.tandem.service;

/** What a user may do: a viewer sees, an operator also runs resource and node controls, an admin also edits configuration. */
public enum Role {
    VIEWER, OPERATOR, ADMIN;

    public boolean includes(Role other) {
        return compareTo(other) >= 0;
    }

    public static Role parse(String text) {
        return Role.valueOf(text.trim().toUpperCase(java.util.Locale.ROOT));
    }
}
