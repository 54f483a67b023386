/**
 * H2 persistence: CIB versions, configuration change rows, op history, audit log. Imports: cib.
 */
package io.tandem.store;
