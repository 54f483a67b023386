package io.tandem.membership;

/** One {@code key: value} pair with its line. */
record ConfEntry(String key, String value, int line) {
}
