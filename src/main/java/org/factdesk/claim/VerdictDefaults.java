package org.factdesk.claim;

import java.time.LocalDate;

/**
 * What a new verdict's form starts with, for the fact-checker to correct: the claimant is the
 * source the sentence names, else the outlet; the claim date is the article's publication date,
 * else the day it was imported.
 */
public record VerdictDefaults(String claimant, LocalDate claimDate) {}
