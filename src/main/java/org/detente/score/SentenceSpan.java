package org.detente.score;

/** A sentence's place in the scored text: {@code text.substring(start, end)}. */
record SentenceSpan(int start, int end) {
}
