/**
 * The policy engine: a pure, staged function of (CIB, now) to placement, scores, transition graph and summary. Imports: cib, rules, transition.
 */
package io.tandem.scheduler;
