/**
 * Seeded generators of random CIBs within the features the scheduler supports, for differential tests
 * against Pacemaker's crm_simulate and for benchmarks. Pure: the same seed gives the same CIB. Imports: cib.
 */
package io.tandem.scheduler.gen;
