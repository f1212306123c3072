package org.detente.score;

/** One step of the modifier chain: looks at the words around a rule's match and changes or drops the signal. */
interface Modifier {

    /**
     * @param candidate the signal so far
     * @param tokens    the sentence's tokens
     * @return the candidate, changed or as it was, or null when the modifier cancels the signal
     */
    Candidate apply(Candidate candidate, Token[] tokens);
}
