package org.detente.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class DropHintedBoilerplateTest {

    private static final String PROSE = "<p>" + "Talks between the two delegations resumed on Monday morning. ".repeat(8)
            + "</p>";

    private static String clean(String html) {
        Element root = Jsoup.parse(html).body();
        new DropHintedBoilerplate().apply(root, ProseWeights.of(root, BlockReader.read(root)));
        return root.text();
    }

    @Test
    void removesShareBarsRelatedLinksAndCommentsNamedByTheirClassOrId() {
        String text = clean("<div class='story-body'>" + PROSE + "</div><div class='post-share'>Share on X</div>"
                + "<ul id='related_links'><li>Other story</li></ul><section class='comments'>First!</section>");

        assertThat(text).contains("Talks between").doesNotContain("Share on X", "Other story", "First!");
    }

    @Test
    void keepsNamesWhereTheHintIsPartOfAContentName() {
        String text = clean("<div class='elementor-widget post-content'>" + PROSE + "</div>"
                + "<div class='share-wrapper'>Kept: the name also says wrapper</div>");

        assertThat(text).contains("Talks between", "Kept:");
    }

    @Test
    void sparesAHintedWrapperThatHoldsMostOfThePagesProse() {
        String text = clean("<div class='post tag-sidebar-news'>" + PROSE + "</div><div class='sidebar'>Ads</div>");

        assertThat(text).contains("Talks between").doesNotContain("Ads");
    }
}
