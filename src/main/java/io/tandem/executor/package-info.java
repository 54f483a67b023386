/**
 * Runs resource agents as Pacemaker's executor does: the OCF environment, timeouts, recurring monitors,
 * per-resource serial queues, cancellation and operation history ({@code lrm_rsc_op}).
 * {@link io.tandem.executor.ExecutorCore} decides (single-threaded, time as input);
 * {@link io.tandem.executor.LocalExecutor} is its threaded shell; only {@code executor.exec} touches
 * Apache Commons Exec. Imports: cib.
 */
package io.tandem.executor;
