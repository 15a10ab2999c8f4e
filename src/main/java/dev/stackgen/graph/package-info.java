/**
 * Internal, except {@link dev.stackgen.graph.DependencyGraph} and the types it returns
 * ({@link dev.stackgen.graph.StackNode}, {@link dev.stackgen.graph.Edge},
 * {@link dev.stackgen.graph.GraphError}), which {@link dev.stackgen.Stackgen#graph} gives: the stacks'
 * dependency graph, its validation, waves and drawings.
 */
package dev.stackgen.graph;
