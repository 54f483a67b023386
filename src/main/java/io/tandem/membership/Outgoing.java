package io.tandem.membership;

import java.util.Optional;

/** A message as a decorator sees it on the way out: {@code to} is empty for a broadcast. */
public record Outgoing(Member from, Optional<String> to, byte[] payload) {
    public Outgoing {
        payload = payload.clone();
    }

    @Override
    public byte[] payload() {
        return payload.clone();
    }
}
