/**
 * The crm configure language: splitting input into lines and tokens, and parsing one object line
 * into the Pacemaker XML it stands for (ids are assigned afterwards, as crmsh does).
 */
package io.tandem.crm.lang;
