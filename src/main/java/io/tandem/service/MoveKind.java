package io.tandem.service;

/** The two constraints a move leaves: cli-prefer (+INFINITY on the target) and cli-ban (-INFINITY on a node). */
public enum MoveKind { PREFER, BAN }
