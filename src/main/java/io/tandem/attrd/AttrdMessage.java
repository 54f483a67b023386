package io.tandem.attrd;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

/**
 * What attrd peers say to each other through the membership's agreed-order broadcast: one update, or a
 * full table (sent to bring a joining node up to date).
 */
sealed interface AttrdMessage {

    byte UPDATE = 1;
    byte SYNC = 2;
    byte SYNC_REQUEST = 3;
    /** Guards against a message from another layer landing here. */
    int MAGIC = 0x41545444;

    record Update(AttributeUpdate update) implements AttrdMessage {
    }

    record Sync(List<AttributeSnapshot> attributes) implements AttrdMessage {
        public Sync {
            attributes = List.copyOf(attributes);
        }
    }

    /** A node that lost track of the writer asks for its table. */
    record SyncRequest(String node) implements AttrdMessage {
    }

    static byte[] encode(AttrdMessage m) {
        try (ByteArrayOutputStream bytes = new ByteArrayOutputStream(); DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(MAGIC);
            switch (m) {
                case Update u -> {
                    out.writeByte(UPDATE);
                    writeUpdate(out, u.update());
                }
                case SyncRequest r -> {
                    out.writeByte(SYNC_REQUEST);
                    out.writeUTF(r.node());
                }
                case Sync s -> {
                    out.writeByte(SYNC);
                    out.writeInt(s.attributes().size());
                    for (AttributeSnapshot a : s.attributes()) {
                        out.writeUTF(a.name());
                        out.writeLong(a.dampenMs());
                        out.writeUTF(a.lifetime().name());
                        out.writeInt(a.values().size());
                        for (var e : a.values().entrySet()) {
                            out.writeUTF(e.getKey());
                            out.writeUTF(e.getValue());
                        }
                    }
                }
            }
            out.flush();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Decodes a peer's message; a malformed one is refused with a reason, never half-applied. */
    static AttrdMessage decode(byte[] payload) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(payload))) {
            if (in.readInt() != MAGIC) {
                throw new IllegalArgumentException("not an attrd message");
            }
            byte kind = in.readByte();
            return switch (kind) {
                case UPDATE -> new Update(readUpdate(in));
                case SYNC_REQUEST -> new SyncRequest(in.readUTF());
                case SYNC -> {
                    int n = in.readInt();
                    if (n < 0 || n > 1_000_000) {
                        throw new IllegalArgumentException("bad attribute count " + n);
                    }
                    List<AttributeSnapshot> list = new ArrayList<>();
                    for (int i = 0; i < n; i++) {
                        String name = in.readUTF();
                        long dampen = in.readLong();
                        Lifetime lifetime = Lifetime.valueOf(in.readUTF());
                        int m = in.readInt();
                        java.util.Map<String, String> values = new java.util.TreeMap<>();
                        for (int j = 0; j < m; j++) {
                            values.put(in.readUTF(), in.readUTF());
                        }
                        list.add(new AttributeSnapshot(name, dampen, lifetime, values));
                    }
                    yield new Sync(list);
                }
                default -> throw new IllegalArgumentException("unknown attrd message kind " + kind);
            };
        } catch (IOException e) {
            throw new IllegalArgumentException("truncated attrd message", e);
        }
    }

    private static void writeUpdate(DataOutputStream out, AttributeUpdate u) throws IOException {
        out.writeUTF(u.name());
        out.writeUTF(u.node());
        out.writeBoolean(u.value() != null);
        if (u.value() != null) {
            out.writeUTF(u.value());
        }
        out.writeBoolean(u.updateValue());
        out.writeLong(u.dampenMs().orElse(-1));
        out.writeUTF(u.lifetime().name());
    }

    private static AttributeUpdate readUpdate(DataInputStream in) throws IOException {
        String name = in.readUTF();
        String node = in.readUTF();
        String value = in.readBoolean() ? in.readUTF() : null;
        boolean updateValue = in.readBoolean();
        long dampen = in.readLong();
        Lifetime lifetime = Lifetime.valueOf(in.readUTF());
        return new AttributeUpdate(name, node, value, updateValue, dampen < 0 ? OptionalLong.empty()
                : OptionalLong.of(dampen), lifetime);
    }
}
