package io.tandem.service;

/** The role a resource instance is in right now. */
public enum ResourceRole { STARTED, STOPPED, FAILED, PROMOTED, UNPROMOTED }
