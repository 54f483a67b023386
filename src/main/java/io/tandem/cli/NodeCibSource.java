package io.tandem.cli;

import io.tandem.cib.Cib;
import io.tandem.cib.CibException;
import java.util.Map;

/** The running node's CIB, over its HTTP API, for status tools such as crm_mon. */
final class NodeCibSource implements CibSource {

    private final ToolContext ctx;
    private NodeClient node;

    NodeCibSource(ToolContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public Cib fetch() {
        if (node == null) {
            node = NodeClient.locate(ctx);
        }
        NodeClient.Response r = node.get("/api/v1/cib", Map.of());
        if (!r.ok()) {
            throw new ToolFailure(ExitCode.NOT_CONNECTED, "the node refused the query: " + r.message());
        }
        try {
            return Cib.parse(r.body());
        } catch (CibException e) {
            throw new ToolFailure(ExitCode.ERROR, "the node sent a CIB that does not load: " + e.getMessage());
        }
    }

    /** The version triple; fetching the CIB to read it is cheap at the sizes a refreshing view shows. */
    @Override
    public String changeToken() {
        return fetch().version().toString();
    }

    /** crm_mon with its live source: the node's API unless CIB_file says otherwise. */
    static Tool crmMonTool(java.time.InstantSource clock, java.time.ZoneId zone) {
        return (args, ctx) -> new CrmMon(clock, zone, new NodeCibSource(ctx), d -> Thread.sleep(d)).run(args, ctx);
    }
}
