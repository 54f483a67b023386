package io.tandem.boot;

import io.tandem.api.ClusterMembership;
import io.tandem.api.Commit;
import io.tandem.api.NodeOperations;
import io.tandem.attrd.AttributeSnapshot;
import io.tandem.attrd.AttributeUpdate;
import io.tandem.attrd.Attrd;
import io.tandem.cib.Cib;
import io.tandem.cib.CibXml;
import io.tandem.cib.XmlElement;
import io.tandem.controller.CommitResult;
import io.tandem.controller.Controller;
import io.tandem.membership.Membership;
import io.tandem.membership.QuorumState;
import io.tandem.membership.View;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The API's view of this node, over the controller, attrd and membership (until the service facade
 * takes this place). Writes wait for the DC's answer, within a deadline.
 */
final class ControllerOperations implements NodeOperations {

    private static final Duration DEADLINE = Duration.ofSeconds(30);

    private final Controller controller;
    private final Attrd attrd;
    private final Membership membership;

    ControllerOperations(Controller controller, Attrd attrd, Membership membership) {
        this.controller = controller;
        this.attrd = attrd;
        this.membership = membership;
    }

    @Override
    public Cib cib() {
        return controller.cib();
    }

    @Override
    public Commit commitConfiguration(String user, XmlElement configuration, Optional<String> expectedVersion) {
        return await(controller.commitConfiguration(user, CibXml.write(configuration), expectedVersion.orElse(null)));
    }

    @Override
    public Commit cleanup(String user, List<String> resources, Optional<String> node) {
        return await(controller.cleanup(user, resources, node.orElse(null)));
    }

    @Override
    public void updateAttribute(AttributeUpdate update) {
        attrd.update(update);
    }

    @Override
    public Optional<String> queryAttribute(String name, String node) {
        return attrd.query(name, node);
    }

    @Override
    public List<AttributeSnapshot> attributes() {
        return attrd.all();
    }

    @Override
    public ClusterMembership membership() {
        View v = membership.view();
        QuorumState q = membership.quorum();
        return new ClusterMembership(membership.localMember().name(), membership.localMember().id(), controller.dc(),
                q.quorate(), q.expectedVotes(), q.totalVotes(),
                v.members().stream().map(m -> new ClusterMembership.Member(m.id(), m.name())).toList());
    }

    private static Commit await(CompletableFuture<CommitResult> f) {
        CommitResult r;
        try {
            r = f.get(DEADLINE.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            return Commit.failed(Commit.Outcome.UNAVAILABLE, "the DC did not answer within " + DEADLINE.toSeconds()
                    + " s; check whether the change was applied");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Commit.failed(Commit.Outcome.UNAVAILABLE, "interrupted while waiting for the DC");
        } catch (ExecutionException e) {
            return Commit.failed(Commit.Outcome.UNAVAILABLE, "the commit failed: " + e.getCause());
        }
        if (r.ok()) {
            return Commit.ok(r.version().map(Object::toString).orElse(""));
        }
        Commit.Outcome outcome = r.conflict() ? Commit.Outcome.CONFLICT
                : r.noDc() || r.message().startsWith("the DC ") ? Commit.Outcome.UNAVAILABLE : Commit.Outcome.INVALID;
        return Commit.failed(outcome, r.message());
    }
}
