/**
 * The composition root and lifecycle: the only place adapters are created and the real clock is read. Imports: everything.
 */
package io.tandem.boot;
