/**
 * The JGroups adapter of the membership port: the only package that imports org.jgroups. The stack is built
 * from a {@link io.tandem.membership.ClusterConfig}, and every message is sealed with the cluster key.
 */
package io.tandem.membership.jgroups;
