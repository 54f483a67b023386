/**
 * The single facade for UI, CLI and REST: queries, commands, change subscriptions, who did what. Imports: the domain packages.
 */
package io.tandem.service;
