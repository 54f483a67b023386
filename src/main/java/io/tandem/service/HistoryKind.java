package io.tandem.service;

/** What the history timeline records. */
public enum HistoryKind { FAILURE, RECOVERY, MOVE, START, STOP, NODE_JOIN, NODE_LEAVE, CONFIG_CHANGE, ADMIN_ACTION }
