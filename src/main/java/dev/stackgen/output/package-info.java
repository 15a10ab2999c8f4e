/**
 * Internal, except {@link dev.stackgen.output.FileReport} and {@link dev.stackgen.output.FileStatus}
 * (what {@link dev.stackgen.Stackgen#check} reports) and {@link dev.stackgen.output.DriftReport} with its
 * {@code Advice} (the report {@code stackgen check} prints, from {@code Stackgen.Check.report}),
 * {@link dev.stackgen.output.Watcher} (what {@link dev.stackgen.Stackgen#watch} returns) and {@code
 * AtomicWriter.PartialWriteException} (a generate that failed after replacing some files says which): drift
 * check, atomic writes, the repository lock, the check cache.
 */
package dev.stackgen.output;
