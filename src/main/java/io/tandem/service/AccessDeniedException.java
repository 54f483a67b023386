package io.tandem.service;

/** Thrown by the facade when the actor's role does not allow a command; the UI hides such controls too. */
public final class AccessDeniedException extends RuntimeException {
    private final Role required;

    public AccessDeniedException(Actor actor, Role required) {
        super(actor.user() + " (" + actor.role() + ") needs role " + required);
        this.required = required;
    }

    public Role required() {
        return required;
    }
}
