/**
 * Rule and expression evaluation (node attributes, dates, scores). Imports: cib.
 */
package io.tandem.rules;
