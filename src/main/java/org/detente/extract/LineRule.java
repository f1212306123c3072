package org.detente.extract;

/** One named step that cleans or drops a line of extracted text; returning an empty string drops the line. */
interface LineRule {

    String apply(String line);
}
