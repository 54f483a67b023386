/**
 * Command-line front ends (crm, crm_mon, cibadmin, ...). They talk to the local node through api types, or work offline on CIB_file through the pure engine packages. Imports: JDK, api, cib, rules, scheduler, transition, crm.
 */
package io.tandem.cli;
