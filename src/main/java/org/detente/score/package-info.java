/**
 * Turns article text into sentence-level signals: sentences, lexicon matching, negation, hedging,
 * modality and denial, each signal with the evidence span and the rule that fired.
 */
package org.detente.score;
