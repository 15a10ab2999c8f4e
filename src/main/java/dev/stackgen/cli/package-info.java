/**
 * Internal: the command line (needs commons-cli, which only the cli jar carries). Run it as
 * {@code java -jar stackgen-VERSION-cli.jar}; from Java use {@link dev.stackgen.Stackgen} instead.
 */
package dev.stackgen.cli;
