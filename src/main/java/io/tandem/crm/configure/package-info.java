/**
 * The configure level: a working copy of the configuration that objects and commands change, checked
 * and committed atomically (nothing is written when anything is wrong).
 */
package io.tandem.crm.configure;
