package io.tandem.transition;

/**
 * Executes one kind of action. The controller plugs in handlers that call the executor and fencer;
 * crm_simulate plugs in handlers that record a fake result in the CIB status.
 */
@FunctionalInterface
public interface ActionHandler {

    ActionResult execute(Action action);
}
