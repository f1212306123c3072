package org.detente.score;

/**
 * One sentence of a labelled evaluation file.
 *
 * @param id     the sentence's id in the file
 * @param text   the sentence
 * @param label  its expected class
 * @param line   its line in the file
 */
public record LabelledSentence(String id, String text, SentenceClass label, int line) {
}
