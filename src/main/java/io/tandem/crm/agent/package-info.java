/**
 * Resource agent meta-data as crm needs it for its checks: a port ({@link io.tandem.crm.agent.AgentCatalog})
 * and a simple implementation that runs the installed agent. The executor's parser replaces it later.
 */
package io.tandem.crm.agent;
