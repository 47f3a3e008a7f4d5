/**
 * Detectors: small, separate, explainable classes that each flag blocks of one or a few kinds
 * (rules from data, structure, promotion, off-topic padding, legal notices, AI disclaimers,
 * repeated titles, header metadata, outlet boilerplate). Each reports a confidence and a reason a
 * person understands; {@link org.factdesk.analysis.detect.FlagSink} keeps the most confident flag
 * per block and type when detectors disagree.
 */
package org.factdesk.analysis.detect;
