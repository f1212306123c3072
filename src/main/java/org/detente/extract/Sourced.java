package org.detente.extract;

/**
 * A metadata value and where on the page it was read ({@code json-ld:datePublished}, {@code meta:og:title},
 * {@code url-path}, ...), so an analyst can tell a stated date from a guessed one.
 *
 * @param value  the value, never null
 * @param source where it came from
 */
public record Sourced<T>(T value, String source) {
}
