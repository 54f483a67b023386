package io.tandem.cli;

/** How an online tool gets its connection to the node; tests hand in one for a node they started. */
@FunctionalInterface
public interface ClientFactory {

    NodeClient connect(ToolContext ctx);

    /** The real lookup: environment, then the node's data directory (see {@link NodeClient}). */
    static ClientFactory standard() {
        return NodeClient::locate;
    }
}
