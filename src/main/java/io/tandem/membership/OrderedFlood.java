package io.tandem.membership;

import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.CRC32;

/**
 * cpgverify's idea: each flood message carries its sender, a per-sender sequence number and a CRC of its
 * body. The receiver checks the CRC and the per-sender sequence, and folds (sender, seq) into a digest of the
 * delivery order: equal digests on every node mean the same total order everywhere. Used by the multi-JVM
 * tests and by the benchmark.
 */
public final class OrderedFlood {
    public static final byte MARK = 'F';

    private final PrintStream out;
    private final Map<Integer, Integer> nextSeq = new HashMap<>();
    private final CRC32 order = new CRC32();
    private int expected = -1;
    private int received;
    private int errors;

    public OrderedFlood(PrintStream out) {
        this.out = out;
    }

    public static byte[] message(int sender, int seq, int size) {
        ByteBuffer b = ByteBuffer.allocate(Math.max(size, 17));
        b.put(MARK).putInt(sender).putInt(seq);
        while (b.remaining() > 8) {
            b.put((byte) (seq * 31 + b.position()));
        }
        CRC32 crc = new CRC32();
        crc.update(b.array(), 0, b.position());
        b.putLong(crc.getValue());
        return b.array();
    }

    public synchronized void expect(int total) {
        expected = total;
        received = 0;
        errors = 0;
        order.reset();
        nextSeq.clear();
    }

    public synchronized void deliver(byte[] m) {
        ByteBuffer b = ByteBuffer.wrap(m);
        b.get();
        int sender = b.getInt();
        int seq = b.getInt();
        CRC32 crc = new CRC32();
        crc.update(m, 0, m.length - 8);
        if (crc.getValue() != ByteBuffer.wrap(m, m.length - 8, 8).getLong()) {
            errors++;
        }
        int want = nextSeq.getOrDefault(sender, 0);
        if (seq != want) {
            errors++;
        }
        nextSeq.put(sender, seq + 1);
        order.update(ByteBuffer.allocate(8).putInt(sender).putInt(seq).array());
        received++;
        if (received == expected) {
            out.println("FLOOD_DONE received=" + received + " digest=" + Long.toHexString(order.getValue())
                    + " errors=" + errors);
        }
    }
}
