package io.tandem.transition;

/** The result of an action: its rc (0 is success) and whether the graph may go on. */
public record ActionResult(int rc, boolean success) {

    public static final ActionResult OK = new ActionResult(0, true);

    public static ActionResult failed(int rc) {
        return new ActionResult(rc, false);
    }
}
