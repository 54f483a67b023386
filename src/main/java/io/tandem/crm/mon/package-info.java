/**
 * crm_mon's view of the cluster, shared by the crm_mon tool, {@code crm status}, crm_simulate's status
 * blocks and the dashboard. Pure: time and time zone come in as arguments.
 *
 * <ul>
 * <li>{@link io.tandem.crm.mon.ClusterViews#build(io.tandem.cib.Cib, java.time.Instant)} (or from an
 * already unpacked {@link io.tandem.scheduler.ClusterStatus}) → an immutable
 * {@link io.tandem.crm.mon.ClusterView}: summary, nodes, resources (primitive/group/clone views), node
 * attributes, fail-counts, operation history, failed actions, bans, tickets.</li>
 * <li>{@link io.tandem.crm.mon.MonText#render} → Pacemaker 2.1.5's text for the given
 * {@link io.tandem.crm.mon.MonOptions} ({@code -r -R -A -f -n -L}); {@code crm status} is
 * {@code render(view, MonOptions.defaults().withInactive(true), zone) + "\n"}.</li>
 * <li>{@link io.tandem.crm.mon.MonText#renderStatusBlock} → crm_simulate's "Current cluster status" body
 * (use {@link io.tandem.crm.mon.MonOptions#simulate()}).</li>
 * <li>{@link io.tandem.crm.mon.MonXml#render} → {@code crm_mon --output-as=xml}.</li>
 * </ul>
 */
package io.tandem.crm.mon;
