package org.detente.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class BlockReaderTest {

    private static List<Block> blocks(String html) {
        return BlockReader.read(Jsoup.parse(html).body());
    }

    @Test
    void splitsAtBlockElementsAndLineBreaksButNotAtInlineMarkup() {
        List<Block> blocks = blocks("<div>Loose <b>bold</b> text<p>A  paragraph\n here.</p>tail<br>after</div>");

        assertThat(blocks).extracting(Block::text)
                .containsExactly("Loose bold text", "A paragraph here.", "tail", "after");
        assertThat(blocks.get(1).element().normalName()).isEqualTo("p");
        assertThat(blocks.get(2).element().normalName()).isEqualTo("div");
    }

    @Test
    void countsWordsAndTheCharactersThatAreLinkText() {
        Block block = blocks("<p>Read <a href='/x'>this story</a> now</p>").get(0);

        assertThat(block.words()).isEqualTo(4);
        assertThat(block.linkChars()).isEqualTo("this story".length() + 1);
        assertThat(block.linkDensity()).isBetween(0.5, 0.6);
    }

    @Test
    void knowsHeadingsFromParagraphs() {
        List<Block> blocks = blocks("<h2>Heading</h2><p>Text</p><h1>Title</h1>");

        assertThat(blocks).extracting(Block::isHeading).containsExactly(true, false, false);
    }
}
