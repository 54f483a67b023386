package io.tandem.membership.jgroups;

import org.jgroups.Message;
import org.jgroups.stack.Protocol;
import org.jgroups.util.MessageBatch;
import org.jgroups.util.NameCache;

import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * Test-only fault injection right above the transport: drops everything received from blocked nodes
 * (a partition, when both sides block each other), drops a fraction of all messages (loss), or delays
 * delivery. Seeded, so a failing run can be replayed.
 */
public final class FaultLayer extends Protocol {
    private volatile Set<String> blocked = Set.of();
    private volatile double loss;
    private volatile long delayMillis;
    private final Random random;

    public FaultLayer(long seed) {
        this.random = new Random(seed);
    }

    public void block(Set<String> nodes) {
        blocked = Set.copyOf(nodes);
    }

    public void heal() {
        blocked = Set.of();
        loss = 0;
        delayMillis = 0;
    }

    public void loss(double fraction) {
        loss = fraction;
    }

    public void delay(long millis) {
        delayMillis = millis;
    }

    @Override
    public Object up(Message msg) {
        if (drop(msg)) {
            return null;
        }
        long d = delayMillis;
        if (d > 0) {
            getTransport().getTimer().schedule(() -> up_prot.up(msg), d, TimeUnit.MILLISECONDS);
            return null;
        }
        return up_prot.up(msg);
    }

    @Override
    public void up(MessageBatch batch) {
        List<Message> kept = new java.util.ArrayList<>();
        for (Message m : batch) {
            if (!drop(m)) {
                kept.add(m);
            }
        }
        batch.clear();
        long d = delayMillis;
        if (d > 0) {
            kept.forEach(m -> getTransport().getTimer().schedule(() -> up_prot.up(m), d, TimeUnit.MILLISECONDS));
            return;
        }
        if (!kept.isEmpty()) {
            batch.add(kept);
            up_prot.up(batch);
        }
    }

    private boolean drop(Message msg) {
        if (!blocked.isEmpty() && blocked.contains(NameCache.get(msg.getSrc()))) {
            return true;
        }
        double l = loss;
        if (l > 0) {
            synchronized (random) {
                return random.nextDouble() < l;
            }
        }
        return false;
    }
}
