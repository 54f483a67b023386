/**
 * Vaadin views and forms; they talk only to service. Imports: service, cib.
 */
package io.tandem.ui;
