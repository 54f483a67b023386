package io.tandem.service;

import java.util.Locale;

/** A dashboard user as the directory returns it: never the password or its hash. */
public record User(String name, Role role, Locale language) {
}
