/**
 * The engine's throughput benchmark ({@link org.factdesk.analysis.bench.EngineBenchmark}) and the
 * deterministic synthetic HTML pages and text articles it measures. Run it with {@code mvn -Pbench
 * -DskipTests package}.
 */
package org.factdesk.analysis.bench;
