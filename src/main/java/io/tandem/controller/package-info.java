/**
 * The DC: election, CIB replication and transition execution; a single-threaded core that takes events and returns effects, and a runtime shell. Imports: the domain packages.
 */
package io.tandem.controller;
