/**
 * The single facade for UI, CLI and REST: queries ({@link io.tandem.service.ClusterService#snapshot()}),
 * commands with a what-if {@link io.tandem.service.ClusterService#preview preview}, change subscriptions,
 * the audit log and the history timeline, plus users and roles.
 *
 * <p>Everything crossing this boundary is an immutable record. The acting user is always passed in as an
 * {@link io.tandem.service.Actor}; roles are enforced here, not only in the UI.
 * {@link io.tandem.service.FakeClusterService} is an in-memory stand-in used until the real implementation
 * is wired to the scheduler, crm and controller packages. Imports: the domain packages.
 */
package io.tandem.service;
