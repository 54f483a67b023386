package io.tandem.controller;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Encodes controller messages as a tagged list of strings and numbers. The record's components, in
 * order, are the wire format; a message from another layer (or garbage) is refused, never half-read.
 */
final class ControllerCodec {

    /** "TCTL": tells controller traffic from attrd's on the shared channel. */
    static final int MAGIC = 0x5443544C;
    /** A CIB is at most this big on the wire (Pacemaker's own limit is of this order). */
    static final int MAX_STRING = 64 * 1024 * 1024;

    private static final List<Class<? extends ControllerMessage>> KINDS = List.of(
            ControllerMessage.JoinOffer.class, ControllerMessage.JoinRequest.class,
            ControllerMessage.ConfigCommit.class, ControllerMessage.StatusCommand.class,
            ControllerMessage.CommitReply.class, ControllerMessage.CibUpdate.class,
            ControllerMessage.ExecuteOp.class, ControllerMessage.OpResult.class);

    private ControllerCodec() {
    }

    static byte[] encode(ControllerMessage m) {
        try (ByteArrayOutputStream bytes = new ByteArrayOutputStream(); DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(MAGIC);
            out.writeByte(KINDS.indexOf(m.getClass()));
            for (RecordComponent c : m.getClass().getRecordComponents()) {
                Object v = c.getAccessor().invoke(m);
                if (c.getType() == long.class) {
                    out.writeLong((Long) v);
                } else if (c.getType() == int.class) {
                    out.writeInt((Integer) v);
                } else if (c.getType() == boolean.class) {
                    out.writeBoolean((Boolean) v);
                } else {
                    writeString(out, (String) v);
                }
            }
            out.flush();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Null when the payload is not controller traffic; an exception when it claims to be and is broken. */
    static ControllerMessage decode(byte[] payload) {
        if (payload.length < 5) {
            return null;
        }
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(payload))) {
            if (in.readInt() != MAGIC) {
                return null;
            }
            int kind = in.readByte();
            if (kind < 0 || kind >= KINDS.size()) {
                throw new IllegalArgumentException("unknown controller message kind " + kind);
            }
            Class<? extends ControllerMessage> type = KINDS.get(kind);
            RecordComponent[] comps = type.getRecordComponents();
            Object[] args = new Object[comps.length];
            Class<?>[] types = new Class<?>[comps.length];
            for (int i = 0; i < comps.length; i++) {
                types[i] = comps[i].getType();
                if (types[i] == long.class) {
                    args[i] = in.readLong();
                } else if (types[i] == int.class) {
                    args[i] = in.readInt();
                } else if (types[i] == boolean.class) {
                    args[i] = in.readBoolean();
                } else {
                    args[i] = readString(in);
                }
            }
            if (in.available() != 0) {
                throw new IllegalArgumentException("trailing bytes after a " + type.getSimpleName());
            }
            return type.getDeclaredConstructor(types).newInstance(args);
        } catch (IOException e) {
            throw new IllegalArgumentException("truncated controller message", e);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void writeString(DataOutputStream out, String s) throws IOException {
        if (s == null) {
            out.writeInt(-1);
            return;
        }
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(b.length);
        out.write(b);
    }

    private static String readString(DataInputStream in) throws IOException {
        int n = in.readInt();
        if (n == -1) {
            return null;
        }
        if (n < 0 || n > MAX_STRING || n > in.available()) {
            throw new IllegalArgumentException("bad string length " + n);
        }
        byte[] b = in.readNBytes(n);
        return new String(b, StandardCharsets.UTF_8);
    }
}
