package io.tandem.crm.mon;

import java.util.Optional;

/**
 * What crm_mon is asked to show.
 *
 * @param inactive     {@code -r}: inactive resources too ("Full List of Resources")
 * @param detail       {@code -R}: node ids, feature sets, every clone instance, technical failed actions
 * @param attributes   {@code -A}: the Node Attributes section
 * @param failcounts   {@code -f}: the Migration Summary section
 * @param negLocations {@code -L [PREFIX]}: negative location constraints whose id starts with the prefix
 * @param groupByNode  {@code -n}: list each node's active resources under it
 */
public record MonOptions(boolean inactive, boolean detail, boolean attributes, boolean failcounts,
        Optional<String> negLocations, boolean groupByNode) {

    /** crm_mon -1 with no display option. */
    public static MonOptions defaults() {
        return new MonOptions(false, false, false, false, Optional.empty(), false);
    }

    /** What crm_simulate's status blocks and {@code crm status} show: inactive resources, nothing else. */
    public static MonOptions simulate() {
        return new MonOptions(true, false, false, false, Optional.empty(), false);
    }

    public MonOptions withInactive(boolean v) {
        return new MonOptions(v, detail, attributes, failcounts, negLocations, groupByNode);
    }

    public MonOptions withDetail(boolean v) {
        return new MonOptions(inactive, v, attributes, failcounts, negLocations, groupByNode);
    }

    public MonOptions withAttributes(boolean v) {
        return new MonOptions(inactive, detail, v, failcounts, negLocations, groupByNode);
    }

    public MonOptions withFailcounts(boolean v) {
        return new MonOptions(inactive, detail, attributes, v, negLocations, groupByNode);
    }

    public MonOptions withGroupByNode(boolean v) {
        return new MonOptions(inactive, detail, attributes, failcounts, negLocations, v);
    }

    public MonOptions withNegLocations(Optional<String> prefix) {
        return new MonOptions(inactive, detail, attributes, failcounts, prefix, groupByNode);
    }
}
