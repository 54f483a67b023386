/**
 * crm_mon's view of the cluster: a view model built from (CIB, now) by {@link io.tandem.crm.mon.ClusterViews},
 * rendered as Pacemaker 2.1.5's text ({@link io.tandem.crm.mon.MonText}) or XML ({@link io.tandem.crm.mon.MonXml}).
 * Used by the crm_mon tool, {@code crm status}, crm_simulate's status blocks and the dashboard. Pure: time and
 * time zone come in as arguments.
 */
package io.tandem.crm.mon;
