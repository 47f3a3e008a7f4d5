/**
 * The engine as a command: {@code java -jar target/factdesk-analysis.jar [--text|--html] FILE...}
 * writes one JSON line per file ({@link org.factdesk.analysis.cli.AnalyzeCommand}). Plain Java and
 * jsoup only, like the engine, so the jar runs without the web app.
 */
package org.factdesk.analysis.cli;
