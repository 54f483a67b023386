/**
 * Where crm reads and writes the CIB: a file ({@code CIB_file=PATH}) or, through ports the
 * controller implements, the running cluster.
 */
package io.tandem.crm.target;
