/**
 * The crm shell: one-shot commands, piped input and the interactive shell with levels and prompts
 * ({@code crm(live/node1)configure# }).
 */
package io.tandem.crm.shell;
