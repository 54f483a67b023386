/**
 * The Cluster Information Base: immutable records for configuration and status, read and written as Pacemaker XML. Imports: JDK only.
 */
package io.tandem.cib;
