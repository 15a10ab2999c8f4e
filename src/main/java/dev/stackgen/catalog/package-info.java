/**
 * Internal: reads the catalog files into the model (and appends stacks to them). May change in any
 * release; use {@link dev.stackgen.Stackgen#open} and {@link dev.stackgen.Stackgen#parse}.
 */
package dev.stackgen.catalog;
