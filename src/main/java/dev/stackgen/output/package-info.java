/**
 * Internal, except {@link dev.stackgen.output.FileReport} and {@link dev.stackgen.output.FileStatus}
 * (what {@link dev.stackgen.Stackgen#check} reports) and {@link dev.stackgen.output.DriftReport} with its
 * {@code Advice} (the report {@code stackgen check} prints, from {@code Stackgen.Check.report}): drift check, atomic writes, the repository lock,
 * the check cache.
 */
package dev.stackgen.output;
