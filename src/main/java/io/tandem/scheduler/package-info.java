/**
 * The policy engine: a pure, staged function of (CIB, now) to placement, scores, transition graph and
 * summary. Imports: cib, rules, transition.
 *
 * <p>Stages, each in its own class: {@link io.tandem.scheduler.Unpacker} (public: the unpacked
 * {@link io.tandem.scheduler.ClusterStatus} others build on), {@code Templates} (templates, tags),
 * {@code Units} (primitive instances, clone numbering), {@code Constraints} (node scores, colocations,
 * orderings, tickets), {@code Placement} (assign), {@code Promotion}, {@code ActionPlanner} (actions,
 * orderings, flag propagation), {@code SummaryWriter}; {@link io.tandem.scheduler.Scheduler} runs them.
 * Units and planned actions are mutable only inside one run and never escape it.
 */
package io.tandem.scheduler;
