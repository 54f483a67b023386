package io.tandem.service;

/** A node as crm_mon's Node List sees it; maintenance wins over standby, offline over both. */
public enum NodeStatus { ONLINE, STANDBY, MAINTENANCE, OFFLINE }
