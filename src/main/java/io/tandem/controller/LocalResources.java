package io.tandem.controller;

import io.tandem.cib.CibXml;
import io.tandem.cib.LrmResource;
import io.tandem.cib.LrmRscOp;
import io.tandem.cib.XmlElement;
import io.tandem.controller.ControllerMessage.ExecuteOp;
import io.tandem.controller.ControllerMessage.OpResult;
import io.tandem.executor.AgentId;
import io.tandem.executor.LocalExecutor;
import io.tandem.executor.OperationEvent;
import io.tandem.executor.OperationRecord;
import io.tandem.executor.OperationRequest;
import io.tandem.executor.ResourceDefinition;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The node-local half of the controller (Pacemaker's "lrm" side): runs the operations the DC asks for
 * through this node's executor, keeps the node's resource history, and reports every result (and every
 * change of a recurring monitor's result) to the DC.
 */
public final class LocalResources {

    private static final Logger LOG = Logger.getLogger(LocalResources.class.getName());

    private final String node;
    private final LocalExecutor executor;
    private final Consumer<OpResult> toDc;
    private final Map<String, LrmResource> history = new LinkedHashMap<>();
    /** Recurring operations just requested: their first result is reported even if the rc is unchanged. */
    private final java.util.Set<String> awaitingFirst = java.util.concurrent.ConcurrentHashMap.newKeySet();

    public LocalResources(String node, LocalExecutor executor, Consumer<OpResult> toDc) {
        this.node = node;
        this.executor = executor;
        this.toDc = toDc;
        executor.addListener(this::onEvent);
    }

    /** What this node's executor knows: reported to the DC when joining. */
    public synchronized List<LrmResource> history() {
        return List.copyOf(history.values());
    }

    public void execute(ExecuteOp op) {
        try {
            ResourceDefinition def = new ResourceDefinition(op.resource(),
                    new AgentId(op.agentClass(), op.provider(), op.type()), nvpairs(op.paramsXml()),
                    nvpairs(op.metaXml()));
            executor.register(def);
            Duration timeout = Duration.ofMillis(op.timeoutMs() > 0 ? op.timeoutMs() : 20_000);
            OperationRequest req = op.intervalMs() > 0
                    ? OperationRequest.recurring(op.resource(), op.action(), Duration.ofMillis(op.intervalMs()), timeout)
                    : OperationRequest.of(op.resource(), op.action(), timeout);
            req = req.withTransitionKey(op.transitionKey());
            if (req.isRecurring()) {
                awaitingFirst.add(req.operationKey());
            }
            executor.execute(req);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "event=op-refused node=" + node + " rsc=" + op.resource() + " op=" + op.action()
                    + " reason=\"" + e.getMessage() + "\"");
            toDc.accept(refused(op, e.getMessage()));
        }
    }

    /** One-shot results always; recurring ones when their rc changes (as Pacemaker records them). */
    private void onEvent(OperationEvent e) {
        boolean first = awaitingFirst.remove(e.request().operationKey());
        if (e.request().isRecurring() && !e.rcChanged() && !first) {
            return;
        }
        OperationRecord r = e.record();
        List<LrmRscOp> ops = new ArrayList<>();
        for (OperationRecord entry : r.cibEntries()) {
            ops.add(new LrmRscOp(entry.attributes()));
        }
        AgentId agent = e.resource().agent();
        LrmResource update = LrmResource.of(e.resource().id(), agent.standard(), agent.provider(), agent.type())
                .withOps(ops);
        LrmResource merged;
        synchronized (this) {
            List<LrmResource> all = History.merge(List.copyOf(history.values()), update);
            history.clear();
            all.forEach(x -> history.put(x.id(), x));
            merged = history.get(update.id());
        }
        toDc.accept(new OpResult(node, CibXml.write(update.toXml()), CibXml.write(merged.toXml())));
    }

    private OpResult refused(ExecuteOp op, String reason) {
        Map<String, String> a = new LinkedHashMap<>();
        a.put("id", op.resource() + "_last_failure_0");
        a.put("operation_key", op.resource() + "_" + op.action() + "_" + op.intervalMs());
        a.put("operation", op.action());
        a.put("transition-key", op.transitionKey());
        a.put("exit-reason", reason.length() > 128 ? reason.substring(0, 128) : reason);
        a.put("on_node", node);
        a.put("call-id", "-1");
        a.put("rc-code", "1");
        a.put("op-status", "4");
        a.put("interval", Long.toString(op.intervalMs()));
        LrmResource r = LrmResource.of(op.resource(), op.agentClass(), op.provider(), op.type())
                .withOps(List.of(new LrmRscOp(a)));
        return new OpResult(node, CibXml.write(r.toXml()), CibXml.write(r.toXml()));
    }

    /** Parameters travel as {@code <attributes name="value" .../>}: one element, names as attributes. */
    static Map<String, String> nvpairs(String xml) {
        if (xml == null || xml.isBlank()) {
            return Map.of();
        }
        XmlElement e = CibXml.parse(xml);
        return new LinkedHashMap<>(e.attributes());
    }

    static String attributesXml(Map<String, String> values) {
        return CibXml.write(new XmlElement("attributes", values, List.of(), ""));
    }
}
