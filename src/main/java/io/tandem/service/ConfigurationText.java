package io.tandem.service;

/** The configuration as {@code crm configure show} prints it, its CIB XML, and the version both belong to. */
public record ConfigurationText(long version, String crm, String xml) {
}
