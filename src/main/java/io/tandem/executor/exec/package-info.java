/**
 * Process execution for the executor: the only package that imports Apache Commons Exec. Starts each agent
 * in its own process group and kills the group at the deadline. Imports: executor (its port types).
 */
package io.tandem.executor.exec;
