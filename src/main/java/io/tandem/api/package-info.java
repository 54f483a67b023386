/**
 * HTTP endpoints for the CLI, REST and metrics. Imports: service.
 */
package io.tandem.api;
