/**
 * The crm shell language (lexer, parser, printer, command semantics) and the crm_mon views. Imports: cib, rules, scheduler, transition.
 */
package io.tandem.crm;
