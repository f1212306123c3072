package org.detente.score;

/**
 * One word of a sentence as the matcher sees it.
 *
 * @param norm         the lowercased, normalised word ({@code n't} becomes {@code not}, {@code won't} becomes
 *                     {@code will not})
 * @param start        offset of the word in the scored text (inclusive)
 * @param end          offset of the word in the scored text (exclusive)
 * @param breakBefore  whether clause punctuation ({@code , ; : ( ) — "}) stands between this word and the
 *                     previous one; modifier cues do not reach across it
 * @param capitalized  whether the word starts with an upper-case letter in the text
 */
record Token(String norm, int start, int end, boolean breakBefore, boolean capitalized) {
}
