/**
 * Node attributes: transient and permanent values, dampening, replication through the membership port. Imports: cib, membership.
 */
package io.tandem.attrd;
