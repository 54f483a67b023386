package io.tandem.service;

/** The resource variants the dashboard draws; a clone's children are its instances. */
public enum ResourceKind { PRIMITIVE, GROUP, CLONE, CLONE_INSTANCE }
