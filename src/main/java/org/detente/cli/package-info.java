/** The commands users type: parsing, validation with one-line errors, exit codes, progress and summaries. */
package org.detente.cli;
