package io.tandem.service;

import java.time.Instant;

/** Notification that the cluster state moved to {@code version}; listeners re-read what they show. */
public record ClusterChange(long version, Instant at, String cause) {
}
