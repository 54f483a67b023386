package io.tandem.service;

/**
 * Conditions the dashboard must show distinctly (users confuse them, anchors.md item 10):
 * maintenance pauses monitors, unmanaged keeps monitors, disabled means target-role=Stopped,
 * blocked means enabled but no node may run it, failed means failures not yet cleaned up,
 * moved means a cli-prefer/cli-ban holds it.
 */
public enum ResourceFlag { MAINTENANCE, UNMANAGED, DISABLED, BLOCKED, FAILED, MOVED }
