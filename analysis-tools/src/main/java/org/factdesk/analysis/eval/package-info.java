/**
 * Held-out evaluation of the engine: reads a labelled corpus (articles with a {@code .labels} file
 * naming every block that is not article text), runs the {@link org.factdesk.analysis.Analyzer} on
 * each article and reports precision, recall and F1 per flag type and the token F1 of the clean
 * text. Run {@link org.factdesk.analysis.eval.Evaluation} as a command; the corpus format is
 * described in {@code src/test/resources/org/factdesk/analysis/corpus/README.md}.
 */
package org.factdesk.analysis.eval;
