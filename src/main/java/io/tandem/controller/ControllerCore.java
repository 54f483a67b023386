package io.tandem.controller;

import io.tandem.cib.Cib;
import io.tandem.cib.CibException;
import io.tandem.cib.CibProblem;
import io.tandem.cib.CibValidator;
import io.tandem.cib.CibVersion;
import io.tandem.cib.CibXml;
import io.tandem.cib.LrmResource;
import io.tandem.cib.XmlElement;
import io.tandem.controller.ControllerMessage.CibUpdate;
import io.tandem.controller.ControllerMessage.CommitReply;
import io.tandem.controller.ControllerMessage.ConfigCommit;
import io.tandem.controller.ControllerMessage.JoinOffer;
import io.tandem.controller.ControllerMessage.JoinRequest;
import io.tandem.controller.ControllerMessage.StatusCommand;
import io.tandem.membership.View;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * The controller's single-threaded heart: DC election, the join protocol and CIB replication. It takes
 * events (views, messages, local requests) and returns effects for its shell to carry out in order.
 *
 * <p>The DC is the oldest member of the view (the view's coordinator), so every member of a view agrees
 * on it without an election round. The DC is the only writer: it applies every change, persists it,
 * then broadcasts the new CIB in agreed order and only then acknowledges. On a new view the DC invites
 * the members to join; each answers with its version (and its CIB when newer: the highest version wins)
 * and the history its executor holds, which replaces the node's history in the CIB.
 */
public final class ControllerCore {

    private final String localNode;
    private final Supplier<List<LrmResource>> localHistory;
    private Cib cib;
    private View view;
    private String dc;
    private long joinViewId = -1;
    private final Set<String> integrated = new LinkedHashSet<>();
    private boolean announcedIntegration;
    /** The view in which this node answered the DC's join offer; until then it keeps a newer copy of its own. */
    private long joinedView = -1;
    /** Local requests sent to the DC, by request id, with the DC they went to. */
    private final Map<String, String> pendingAtDc = new HashMap<>();

    public ControllerCore(String localNode, Cib initial, Supplier<List<LrmResource>> localHistory) {
        this.localNode = localNode;
        this.cib = initial;
        this.localHistory = localHistory;
    }

    public Cib cib() {
        return cib;
    }

    public String localNode() {
        return localNode;
    }

    public boolean isDc() {
        return localNode.equals(dc);
    }

    public Optional<String> dc() {
        return Optional.ofNullable(dc);
    }

    public Optional<View> view() {
        return Optional.ofNullable(view);
    }

    /** Whether this node is the DC and every member of its view has joined. */
    public boolean integrated() {
        return isDc() && view != null && integrated.containsAll(view.names());
    }

    public List<ControllerEffect> onView(View next) {
        return onView(next, true);
    }

    /** A new view, with votequorum's verdict on it (the scheduler reads it as {@code have-quorum}). */
    public List<ControllerEffect> onView(View next, boolean quorate) {
        List<ControllerEffect> out = new ArrayList<>();
        View previous = view;
        String previousDc = dc;
        view = next;
        dc = next.coordinator().name();
        if (!dc.equals(previousDc)) {
            out.add(new ControllerEffect.DcChanged(dc, isDc()));
        }
        failRequestsSentTo(previousDc, out);
        if (!isDc()) {
            integrated.clear();
            joinViewId = -1;
            return out;
        }
        joinViewId = next.id();
        integrated.clear();
        integrated.add(localNode);
        announcedIntegration = false;
        Cib updated = cib;
        List<String> known = new ArrayList<>(NodeStates.onlineIn(cib.status()));
        if (previous != null) {
            previous.names().stream().filter(n -> !known.contains(n)).forEach(known::add);
        }
        for (String n : known) {
            if (!next.contains(n)) {
                updated = NodeStates.left(updated, n);
            }
        }
        updated = NodeStates.joined(updated, localNode, next.member(localNode).orElseThrow().id(), localHistory.get());
        updated = updated.withAttribute("have-quorum", quorate ? "1" : "0")
                .withAttribute("dc-uuid", updated.status().node(localNode).orElseThrow().id());
        commit(updated, "controller", localNode, null, out);
        out.add(new ControllerEffect.Broadcast(new JoinOffer(next.id(), localNode, cib.version().toString())));
        announceIfIntegrated(out);
        return out;
    }

    public List<ControllerEffect> onMessage(String from, ControllerMessage message) {
        List<ControllerEffect> out = new ArrayList<>();
        switch (message) {
            case JoinOffer o -> {
                if (!o.dc().equals(dc) || isDc() || view == null) {
                    break;
                }
                CibVersion offered = CibVersions.parse(o.version());
                String newer = cib.version().compareTo(offered) > 0 ? cib.toXmlString() : null;
                joinedView = o.viewId();
                out.add(new ControllerEffect.Send(dc, new JoinRequest(o.viewId(), localNode,
                        view.member(localNode).orElseThrow().id(), cib.version().toString(), newer,
                        lrmXml(localHistory.get()))));
            }
            case JoinRequest r -> {
                if (isDc() && r.viewId() == joinViewId && view.contains(r.node())) {
                    onJoinRequest(r, out);
                }
            }
            case ConfigCommit c -> {
                if (isDc()) {
                    reply(c.origin(), c.requestId(), applyConfiguration(c, out), out);
                }
            }
            case StatusCommand s -> {
                if (isDc() && !s.command().equals("clear-failures")) {
                    reply(s.origin(), s.requestId(), applyStatusCommand(s, out), out);
                }
            }
            case CommitReply r -> {
                if (pendingAtDc.remove(r.requestId()) != null) {
                    out.add(new ControllerEffect.Complete(r.requestId(), new CommitResult(r.ok(), r.message(),
                            Optional.ofNullable(CibVersions.parse(r.version())))));
                }
            }
            case CibUpdate u -> {
                if (!isDc() && from.equals(dc)) {
                    Cib next = Cib.parse(u.cibXml());
                    if (joinedView != view.id() && next.version().compareTo(cib.version()) < 0) {
                        // Not joined yet: our copy may be the newer one, and the join decides.
                        break;
                    }
                    cib = next;
                    out.add(new ControllerEffect.Persist(next, u.user(), u.origin()));
                    out.add(new ControllerEffect.CibChanged(next));
                }
            }
            case ControllerMessage.ExecuteOp e -> {
                // The transition layer handles operations.
            }
            case ControllerMessage.OpResult r -> {
                // The transition layer handles operations.
            }
        }
        return out;
    }

    /** A local caller's configuration commit; the result arrives as a Complete effect. */
    public List<ControllerEffect> commitConfiguration(String requestId, String user, String configurationXml,
            String expectedVersion) {
        return forwardOrApply(new ConfigCommit(requestId, user, localNode, configurationXml, expectedVersion),
                requestId);
    }

    /** A local caller's status command (cleanup); the result arrives as a Complete effect. */
    public List<ControllerEffect> statusCommand(String requestId, String user, String command, String resource,
            String node) {
        return forwardOrApply(new StatusCommand(requestId, user, localNode, command, resource, node), requestId);
    }

    /** Quorum changed without a new view (last_man_standing). */
    public List<ControllerEffect> onQuorum(boolean quorate) {
        return updateStatus("controller", c -> c.withAttribute("have-quorum", quorate ? "1" : "0"));
    }

    /** A status change made on the DC itself (an attribute write, an operation result). */
    public List<ControllerEffect> updateStatus(String origin, UnaryOperator<Cib> change) {
        List<ControllerEffect> out = new ArrayList<>();
        if (isDc()) {
            commit(change.apply(cib), "controller", origin, null, out);
        }
        return out;
    }

    private List<ControllerEffect> forwardOrApply(ControllerMessage m, String requestId) {
        List<ControllerEffect> out = new ArrayList<>();
        if (dc == null) {
            out.add(new ControllerEffect.Complete(requestId, CommitResult.refused(
                    CommitResult.NO_DC + ": this node is not in a cluster view yet")));
        } else if (isDc()) {
            out.addAll(onMessage(localNode, m));
        } else {
            pendingAtDc.put(requestId, dc);
            out.add(new ControllerEffect.Send(dc, m));
        }
        return out;
    }

    private void onJoinRequest(JoinRequest r, List<ControllerEffect> out) {
        Cib base = cib;
        boolean adopted = false;
        if (r.newerCibXml() != null) {
            Cib theirs = Cib.parse(r.newerCibXml());
            if (theirs.version().compareTo(cib.version()) > 0) {
                // The highest version wins, as in Pacemaker; members already joined keep their history.
                base = theirs;
                for (String m : integrated) {
                    base = NodeStates.joined(base, m, view.member(m).orElseThrow().id(),
                            cib.status().node(m).map(s -> s.resources()).orElse(List.of()));
                }
                cib = theirs;
                adopted = true;
            }
        }
        integrated.add(r.node());
        boolean changed = commit(NodeStates.joined(base, r.node(), r.nodeId(), parseLrm(r.lrmXml())), "controller",
                r.node(), null, out);
        if (adopted && !changed) {
            // Nothing to add, but every node must still take the winner's copy.
            out.add(new ControllerEffect.Persist(cib, "controller", r.node()));
            out.add(new ControllerEffect.Broadcast(new CibUpdate(cib.version().toString(), cib.toXmlString(),
                    r.node(), "controller", null)));
            out.add(new ControllerEffect.CibChanged(cib));
        }
        announceIfIntegrated(out);
    }

    private void announceIfIntegrated(List<ControllerEffect> out) {
        if (!announcedIntegration && integrated()) {
            announcedIntegration = true;
            out.add(new ControllerEffect.Integrated(cib));
        }
    }

    private CommitResult applyConfiguration(ConfigCommit c, List<ControllerEffect> out) {
        try {
            CibVersion expected = CibVersions.parse(c.expectedVersion());
            if (expected != null && !expected.equals(cib.version())) {
                return CommitResult.refused(CommitResult.CONFLICT + " (read " + expected + ", now "
                        + cib.version() + "); nothing was applied, retry");
            }
            XmlElement config = CibXml.parse(c.configurationXml());
            if (!config.name().equals("configuration")) {
                return CommitResult.refused("expected <configuration>, got <" + config.name() + ">");
            }
            Cib candidate = Cib.fromXml(cib.toXml().withChildReplaced(config));
            List<CibProblem> errors = CibValidator.errors(candidate);
            if (!errors.isEmpty()) {
                return CommitResult.refused("the configuration is not valid, nothing was applied: "
                        + errors.stream().map(CibProblem::toString).toList());
            }
            commit(candidate, c.user(), c.origin(), c.requestId(), out);
            return CommitResult.ok(cib.version());
        } catch (CibException | IllegalArgumentException e) {
            return CommitResult.refused(e.getMessage());
        }
    }

    private CommitResult applyStatusCommand(StatusCommand s, List<ControllerEffect> out) {
        if (!s.command().equals("cleanup")) {
            return CommitResult.refused("unknown status command \"" + s.command() + "\"");
        }
        List<String> resources = List.of(s.resource().split(","));
        // Every node's attrd clears the fail-counts in agreed order; the writer records the deletion.
        out.add(new ControllerEffect.Broadcast(new StatusCommand(s.requestId(), s.user(), s.origin(),
                "clear-failures", s.resource(), s.node())));
        commit(Cleanup.history(cib, resources, s.node()), s.user(), s.origin(), s.requestId(), out);
        return CommitResult.ok(cib.version());
    }

    private boolean commit(Cib candidate, String user, String origin, String requestId, List<ControllerEffect> out) {
        Cib next = cib.bumpedFor(candidate);
        if (next.version().equals(cib.version())) {
            return false;
        }
        cib = next;
        out.add(new ControllerEffect.Persist(next, user, origin));
        out.add(new ControllerEffect.Broadcast(new CibUpdate(next.version().toString(), next.toXmlString(), origin,
                user, requestId)));
        out.add(new ControllerEffect.CibChanged(next));
        return true;
    }

    private void reply(String origin, String requestId, CommitResult result, List<ControllerEffect> out) {
        if (origin.equals(localNode)) {
            out.add(new ControllerEffect.Complete(requestId, result));
        } else {
            out.add(new ControllerEffect.Send(origin, new CommitReply(requestId, result.ok(), result.message(),
                    result.version().map(CibVersion::toString).orElse(null))));
        }
    }

    private void failRequestsSentTo(String oldDc, List<ControllerEffect> out) {
        if (oldDc == null || view.contains(oldDc)) {
            return;
        }
        for (var e : List.copyOf(pendingAtDc.entrySet())) {
            if (e.getValue().equals(oldDc)) {
                pendingAtDc.remove(e.getKey());
                out.add(new ControllerEffect.Complete(e.getKey(), CommitResult.refused(
                        "the DC " + oldDc + " left before answering; check whether the change was applied")));
            }
        }
    }

    static String lrmXml(List<LrmResource> history) {
        XmlElement lrm = new XmlElement("lrm", Map.of(), List.of(new XmlElement("lrm_resources", Map.of(),
                history.stream().map(LrmResource::toXml).toList(), "")), "");
        return CibXml.write(lrm);
    }

    static List<LrmResource> parseLrm(String xml) {
        if (xml == null || xml.isBlank()) {
            return List.of();
        }
        List<LrmResource> out = new ArrayList<>();
        CibXml.parse(xml).child("lrm_resources").ifPresent(rs -> rs.children("lrm_resource")
                .forEach(r -> out.add(LrmResource.fromXml(r))));
        return out;
    }
}
