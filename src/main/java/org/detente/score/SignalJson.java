package org.detente.score;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;

/**
 * Writes scored texts as JSON, one object per line: {@code {"line": n, "net": x, "signals": [...], "lexicon":
 * "name", "version": "..."}}, each signal with its category, direction, intensity, evidence, offsets, rule and
 * modifiers. {@code net} is the net index of the text's signals in [-1, 1], as in the daily indicators.
 */
public final class SignalJson {

    private static final JsonFactory FACTORY = JsonFactory.builder().build();

    private final Writer out;
    private final Lexicon lexicon;

    public SignalJson(Writer out, Lexicon lexicon) {
        this.out = out;
        this.lexicon = lexicon;
    }

    /** Writes one object; {@code line} is left out when null (a whole input scored as one article). */
    public void write(Integer line, List<Signal> signals) {
        try (JsonGenerator json = FACTORY.createGenerator(out)) {
            json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            json.writeStartObject();
            if (line != null) {
                json.writeNumberField("line", line);
            }
            json.writeNumberField("net", round(netIndex(signals)));
            json.writeArrayFieldStart("signals");
            for (Signal signal : signals) {
                writeSignal(json, signal);
            }
            json.writeEndArray();
            json.writeStringField("lexicon", lexicon.name());
            json.writeStringField("version", lexicon.version());
            json.writeEndObject();
            json.flush();
            out.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void writeSignal(JsonGenerator json, Signal signal) throws IOException {
        json.writeStartObject();
        json.writeStringField("category", signal.category());
        json.writeStringField("direction", signal.direction().label());
        json.writeNumberField("intensity", signal.intensity());
        json.writeStringField("evidence", signal.evidence());
        json.writeNumberField("start", signal.start());
        json.writeNumberField("end", signal.end());
        json.writeStringField("rule", signal.rule());
        json.writeArrayFieldStart("modifiers");
        for (String modifier : signal.modifiers()) {
            json.writeString(modifier);
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    /** (de-escalation - escalation) / (de-escalation + escalation) over the absolute intensities; 0 without signals. */
    static double netIndex(List<Signal> signals) {
        double up = 0;
        double down = 0;
        for (Signal signal : signals) {
            if (signal.intensity() > 0) {
                down += signal.intensity();
            } else {
                up -= signal.intensity();
            }
        }
        return up + down == 0 ? 0 : (down - up) / (up + down);
    }

    private static double round(double value) {
        return Math.round(value * 10_000) / 10_000.0;
    }
}
