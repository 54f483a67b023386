package io.tandem.membership.jgroups;

import org.jgroups.Address;
import org.jgroups.BytesMessage;
import org.jgroups.Message;
import org.jgroups.stack.Protocol;
import org.jgroups.util.ByteArray;
import org.jgroups.util.MessageBatch;
import org.jgroups.util.Util;

import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Sits right above the transport and seals the whole message (headers, flags, addresses, payload) with the
 * cluster key, like JGroups' SERIALIZE plus encryption. Because discovery, failure detection and membership
 * messages are all above it, a node without the key cannot be discovered, cannot join and cannot inject
 * anything: its messages are dropped here, and the first rejection per sender is logged with the reason.
 */
public final class ClusterKeySeal extends Protocol {
    private static final System.Logger LOG = System.getLogger(ClusterKeySeal.class.getName());

    private final Sealer sealer;
    private final String fingerprint;
    private final Map<String, AtomicLong> rejectedBySender = new ConcurrentHashMap<>();
    private final AtomicLong rejected = new AtomicLong();

    ClusterKeySeal(Sealer sealer, String fingerprint) {
        this.sealer = sealer;
        this.fingerprint = fingerprint;
    }

    /** How many messages failed the key check (for tests and the benchmark). */
    public long rejected() {
        return rejected.get();
    }

    @Override
    public Object down(Message msg) {
        if (msg.getSrc() == null) {
            msg.setSrc(addr());
        }
        ByteArray plain;
        try {
            plain = Util.messageToBuffer(msg);
        } catch (Exception e) {
            throw new IllegalStateException("cannot serialize message to " + msg.dest(), e);
        }
        Message sealed = new BytesMessage(msg.dest(), sealer.seal(plain.getArray(), plain.getOffset(), plain.getLength()))
                .setFlag(msg.getFlags(), false);
        if (msg.isFlagSet(Message.TransientFlag.DONT_LOOPBACK)) {
            sealed.setFlag(Message.TransientFlag.DONT_LOOPBACK);
        }
        sealed.setSrc(msg.getSrc());
        return down_prot.down(sealed);
    }

    @Override
    public Object up(Message msg) {
        Message opened = open(msg);
        return opened == null ? null : up_prot.up(opened);
    }

    @Override
    public void up(MessageBatch batch) {
        List<Message> opened = new ArrayList<>(batch.size());
        for (Message m : batch) {
            Message o = open(m);
            if (o != null) {
                opened.add(o);
            }
        }
        batch.clear();
        if (!opened.isEmpty()) {
            batch.add(opened);
            up_prot.up(batch);
        }
    }

    private Message open(Message msg) {
        try {
            byte[] plain = sealer.open(msg.getArray(), msg.getOffset(), msg.getLength());
            Message m = Util.messageFromBuffer(plain, 0, plain.length);
            if (m.getDest() == null) {
                m.setDest(msg.getDest());
            }
            if (m.getSrc() == null) {
                m.setSrc(msg.getSrc());
            }
            return m;
        } catch (SealException e) {
            reject(msg.src(), e.getMessage());
            return null;
        } catch (Exception e) {
            reject(msg.src(), "undecodable after opening: " + e);
            return null;
        }
    }

    private void reject(Address src, String why) {
        rejected.incrementAndGet();
        // One line per sender: a locked-out node retries discovery forever and must not flood the log.
        long n = rejectedBySender.computeIfAbsent(String.valueOf(src), a -> new AtomicLong()).incrementAndGet();
        if (n == 1) {
            LOG.log(Level.WARNING, "event=auth_reject src=" + src + " local_key=" + fingerprint + " reason=\"" + why
                    + "\" action=drop (further rejections from this sender are counted, not logged)");
        }
    }
}
