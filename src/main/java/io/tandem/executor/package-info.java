/**
 * Runs OCF agents: timeouts, recurring monitors, operation history. Only executor.exec touches Apache Commons Exec. Imports: cib.
 */
package io.tandem.executor;
