/**
 * Internal, except {@link dev.stackgen.output.FileReport} and {@link dev.stackgen.output.FileStatus}
 * (what {@link dev.stackgen.Stackgen#check} reports): drift check, atomic writes, the repository lock,
 * the check cache.
 */
package dev.stackgen.output;
