package org.detente.extract;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * 64-bit SimHash over word 3-shingles: texts that differ by light edits get fingerprints a few bits apart, unrelated
 * texts about half the bits apart.
 */
public final class SimHash {

    private static final int SHINGLE = 3;

    private SimHash() {
    }

    public static long of(String text) {
        String[] words = text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{Nd}]+");
        int[] votes = new int[64];
        int n = 0;
        StringBuilder shingle = new StringBuilder();
        for (int i = 0; i + SHINGLE <= words.length; i++) {
            shingle.setLength(0);
            for (int j = i; j < i + SHINGLE; j++) {
                shingle.append(words[j]).append(' ');
            }
            vote(votes, hash64(shingle.toString()));
            n++;
        }
        if (n == 0) {
            vote(votes, hash64(String.join(" ", words)));
        }
        long fingerprint = 0;
        for (int bit = 0; bit < 64; bit++) {
            if (votes[bit] > 0) {
                fingerprint |= 1L << bit;
            }
        }
        return fingerprint;
    }

    public static int distance(long a, long b) {
        return Long.bitCount(a ^ b);
    }

    private static void vote(int[] votes, long h) {
        for (int bit = 0; bit < 64; bit++) {
            votes[bit] += ((h >>> bit) & 1L) == 1L ? 1 : -1;
        }
    }

    /** FNV-1a: fast, stable across JVMs and releases, unlike String.hashCode mixing. */
    private static long hash64(String s) {
        long h = 0xcbf29ce484222325L;
        for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
            h ^= b & 0xff;
            h *= 0x100000001b3L;
        }
        return h;
    }
}
