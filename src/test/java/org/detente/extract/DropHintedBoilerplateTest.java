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
        var hinted = new DropHintedBoilerplate().forPage(root, ProseWeights.of(root, BlockReader.read(root)));
        return String.join(" ", BlockReader.read(root, hinted).stream().map(Block::text).toList());
    }

    @Test
    void removesShareBarsRelatedLinksAndCommentsNamedByTheirClassOrId() {
        String text = clean("<div class='story-body'>" + PROSE + "</div><div class='post-share'>Share on X</div>"
                + "<ul id='related_links'><li>Other story</li></ul><section class='comments'>First!</section>");

        assertThat(text).contains("Talks between").doesNotContain("Share on X", "Other story", "First!");
    }

    @Test
    void removesCookieAndConsentBanners() {
        String text = clean("<div class='story-body'>" + PROSE + "</div><div id='cookie-notice'>We value your privacy."
                + "</div><div class='gdpr_consent'>Manage preferences</div>");

        assertThat(text).contains("Talks between").doesNotContain("privacy", "preferences");
    }

    @Test
    void keepsNamesWhereTheHintIsPartOfAContentName() {
        String text = clean("<div class='elementor-widget post-content'>" + PROSE + "</div>"
                + "<div class='share-wrapper'>Kept: the name also says wrapper</div>");

        assertThat(text).contains("Talks between", "Kept:");
    }

    @Test
    void findsHintWordsInAnyOfSeveralClassNamesAndInTheIdWhateverTheirCase() {
        String text = clean("<div class='story-body'>" + PROSE + "</div><div class='box  Newsletter-Box'>Sign up</div>"
                + "<div id='SOCIAL_links'>Follow</div><div class='story__Related_Content'>Kept: a content word</div>");

        assertThat(text).contains("Talks between", "Kept:").doesNotContain("Sign up", "Follow");
    }

    @Test
    void sparesAHintedWrapperThatHoldsMostOfThePagesProse() {
        String text = clean("<div class='post tag-sidebar-news'>" + PROSE + "</div><div class='sidebar'>Ads</div>");

        assertThat(text).contains("Talks between").doesNotContain("Ads");
    }
}
