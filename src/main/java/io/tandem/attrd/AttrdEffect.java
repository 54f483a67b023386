package io.tandem.attrd;

import java.time.Instant;

/** What the single-threaded core asks its shell to do. */
sealed interface AttrdEffect {

    /** Send this to every member in agreed order (the sender receives it too, and applies it then). */
    record Broadcast(AttrdMessage message) implements AttrdEffect {
    }

    /** Record values in the CIB (only the writer node emits these). */
    record Write(AttributeWrite write) implements AttrdEffect {
    }

    /** Call {@link AttrdCore#tick} again at this time (a dampened write falls due). */
    record WakeAt(Instant when) implements AttrdEffect {
    }
}
