package org.detente.score;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a labelled sentence file: UTF-8, tab-separated, a header line naming at least the columns {@code id},
 * {@code text} and {@code label_class} (escalation, de-escalation or neutral), no quoting. A bad line stops the
 * read with {@code file:line: problem}.
 */
public final class LabelledSentences {

    private LabelledSentences() {
    }

    public static List<LabelledSentence> read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalArgumentException(file + ": cannot read the file (" + e.getMessage() + ")", e);
        }
        if (lines.isEmpty()) {
            throw new IllegalArgumentException(file + ":1: the file is empty (expected a header line)");
        }
        List<String> header = List.of(lines.get(0).split("\t", -1));
        int id = column(file, header, "id");
        int text = column(file, header, "text");
        int label = column(file, header, "label_class");
        List<LabelledSentence> sentences = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            String[] cells = line.split("\t", -1);
            if (cells.length != header.size()) {
                throw new IllegalArgumentException(file + ":" + (i + 1) + ": " + cells.length
                        + " columns, the header has " + header.size());
            }
            SentenceClass expected = SentenceClass.fromLabel(cells[label]);
            if (expected == null) {
                throw new IllegalArgumentException(file + ":" + (i + 1) + ": unknown label_class '" + cells[label]
                        + "' (expected escalation, de-escalation or neutral)");
            }
            sentences.add(new LabelledSentence(cells[id], cells[text], expected, i + 1));
        }
        return sentences;
    }

    private static int column(Path file, List<String> header, String name) {
        int index = header.indexOf(name);
        if (index < 0) {
            throw new IllegalArgumentException(file + ":1: no column '" + name + "' in the header " + header);
        }
        return index;
    }
}
