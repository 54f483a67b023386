package io.tandem.crm.mon;

/** A resource as crm_mon lists it: a primitive, a group, or a clone with its instances. */
public sealed interface ResourceView permits PrimitiveView, GroupView, CloneView {

    String id();

    /** Active somewhere (for a group or clone: any member or instance is). */
    boolean partiallyActive();
}
