package org.detente.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import org.detente.extract.ExtractedPage;
import org.detente.extract.LiveEntry;
import org.detente.extract.PageMetadata;

/**
 * Writes pages as JSON Lines: one object per page and line, fields in a fixed order, times as ISO 8601 with the
 * page's offset ({@code null} when the page gives none), a live blog's dated entries as an array (empty otherwise).
 */
final class PageJsonWriter implements AutoCloseable {

    private final Writer out;
    private final JsonFactory factory = new JsonFactory();

    PageJsonWriter(Writer out) {
        this.out = out;
    }

    void page(String file, ExtractedPage page) throws IOException {
        PageMetadata meta = page.metadata();
        try (JsonGenerator g = generator()) {
            g.writeStartObject();
            g.writeStringField("file", file);
            g.writeStringField("url", meta.canonical().value());
            g.writeStringField("title", meta.title().value());
            g.writeFieldName("published");
            if (meta.published().isPresent()) {
                g.writeString(DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(meta.published().get().value()));
            } else {
                g.writeNull();
            }
            g.writeStringField("language", meta.language().value());
            g.writeStringField("author", meta.author().value());
            g.writeStringField("site_name", meta.siteName().value());
            g.writeStringField("text", page.text());
            g.writeArrayFieldStart("entries");
            for (LiveEntry entry : page.entries()) {
                g.writeStartObject();
                g.writeStringField("time", DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(entry.time()));
                g.writeStringField("text", entry.text());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeObjectFieldStart("sources");
            for (Map.Entry<String, String> source : meta.sources().entrySet()) {
                g.writeStringField(source.getKey(), source.getValue());
            }
            g.writeEndObject();
            g.writeEndObject();
        }
        out.write('\n');
    }

    void failure(String file, String reason) throws IOException {
        try (JsonGenerator g = generator()) {
            g.writeStartObject();
            g.writeStringField("file", file);
            g.writeStringField("error", reason);
            g.writeEndObject();
        }
        out.write('\n');
    }

    private JsonGenerator generator() throws IOException {
        return factory.createGenerator(out).disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    }

    @Override
    public void close() throws IOException {
        out.flush();
    }
}
