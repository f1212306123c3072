package org.detente.score;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.util.Span;

/**
 * Splits news text into sentences: every line break is a hard boundary, OpenNLP's English sentence model
 * splits each line, and {@link SplitRepair} undoes its splits after abbreviations such as "Gen." or "Jan.".
 * Safe to share between threads (one detector per thread; the model is loaded once per JVM).
 */
final class SentenceSplitter {

    static final String MODEL_RESOURCE = "/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";

    private final ThreadLocal<SentenceDetectorME> detector =
            ThreadLocal.withInitial(() -> new SentenceDetectorME(ModelHolder.MODEL));

    List<SentenceSpan> split(String text) {
        List<SentenceSpan> sentences = new ArrayList<>();
        int lineStart = 0;
        while (lineStart <= text.length()) {
            int lineEnd = lineEnd(text, lineStart);
            if (!text.substring(lineStart, lineEnd).isBlank()) {
                sentences.addAll(splitLine(text, lineStart, lineEnd));
            }
            lineStart = lineEnd + 1;
        }
        return sentences;
    }

    private List<SentenceSpan> splitLine(String text, int lineStart, int lineEnd) {
        String line = text.substring(lineStart, lineEnd);
        List<SentenceSpan> spans = new ArrayList<>();
        for (Span span : detector.get().sentPosDetect(line)) {
            spans.add(trimmed(text, lineStart + span.getStart(), lineStart + span.getEnd()));
        }
        if (spans.isEmpty()) {
            spans.add(trimmed(text, lineStart, lineEnd));
        }
        return SplitRepair.repair(text, spans);
    }

    private static int lineEnd(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029') {
                return i;
            }
        }
        return text.length();
    }

    private static SentenceSpan trimmed(String text, int start, int end) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return new SentenceSpan(start, end);
    }

    /** Loads the model on first use, once per JVM. */
    private static final class ModelHolder {
        static final SentenceModel MODEL = load();

        private static SentenceModel load() {
            try (InputStream in = SentenceSplitter.class.getResourceAsStream(MODEL_RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("sentence model " + MODEL_RESOURCE + " is not on the classpath"
                            + " (dependency org.apache.opennlp:opennlp-models-sentdetect-en)");
                }
                return new SentenceModel(in);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read sentence model " + MODEL_RESOURCE, e);
            }
        }
    }
}
