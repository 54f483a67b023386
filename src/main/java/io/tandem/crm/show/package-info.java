/**
 * {@code configure show}: prints configuration XML back as crm text, byte for byte as crmsh 4.4 does
 * (object order, tab-indented continuation lines, quoting and the canonical short forms).
 */
package io.tandem.crm.show;
