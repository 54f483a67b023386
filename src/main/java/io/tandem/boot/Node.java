package io.tandem.boot;

import java.time.InstantSource;

/**
 * The composition root: builds a node's components, in start order. Later issues add membership, the
 * executor, attrd and the controller here.
 */
public final class Node {

    private Node() {
    }

    public static ComponentContainer assemble(NodeSettings settings, InstantSource clock) {
        ComponentContainer node = new ComponentContainer("node " + settings.nodeName());
        node.add("cib-store", new CibStoreComponent(settings.dataDir(), settings.nodeName(), clock));
        return node;
    }
}
