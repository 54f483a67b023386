/**
 * The resource and node levels: move/clear, cleanup, start/stop, manage, maintenance, failcount,
 * constraints and locate; standby/online, node attributes and utilization. Each command is one
 * atomic CIB change.
 */
package io.tandem.crm.resource;
