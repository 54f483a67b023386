/**
 * HTTP endpoints for the command-line tools, REST clients and Prometheus ({@code /api/v1/...} and
 * {@code /metrics}). Every route needs the node's token. The endpoints reach the node only through
 * {@link io.tandem.api.NodeOperations}. Imports: cib, attrd and scheduler types (until the service facade
 * exists), JDK, Jakarta Servlet.
 */
package io.tandem.api;
