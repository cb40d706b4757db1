/** The picocli commands: parse options, call a report, hand its table to a renderer. */
package amity.cli;
