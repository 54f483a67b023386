/**
 * Membership views, votequorum policy (pure), cluster configuration and the messaging port. Only membership.jgroups touches JGroups. Imports: cib.
 */
package io.tandem.membership;
