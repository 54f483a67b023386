/**
 * The transition graph model and the single graph runner with pluggable action handlers, shared by controller and simulator. Imports: cib.
 */
package io.tandem.transition;
