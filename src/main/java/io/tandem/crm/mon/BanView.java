package io.tandem.crm.mon;

/** A negative location constraint on one node (the "Negative Location Constraints" section). */
public record BanView(String id, String rsc, String node, String nodeId, int weight, boolean promotedOnly) {
}
