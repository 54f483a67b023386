/**
 * The crm shell (crmsh 4.4 compatible) and, later, the crm_mon views. Imports: cib, rules, scheduler,
 * transition.
 *
 * <ul>
 * <li>{@code lang}: lines, tokens and the parser (crm text → Pacemaker XML);</li>
 * <li>{@code show}: the printer (XML → crm text, byte for byte as crmsh);</li>
 * <li>{@code configure}: the working configuration, its commands, checks and atomic commit;</li>
 * <li>{@code resource}: the resource and node levels;</li>
 * <li>{@code agent}: agent meta-data port and checks;</li>
 * <li>{@code target}: where the CIB lives ({@code CIB_file} or, through ports the controller
 * implements, the running cluster) and the views crm needs from other engineers;</li>
 * <li>{@code shell}: one-shot, piped and interactive front end.</li>
 * </ul>
 */
package io.tandem.crm;
