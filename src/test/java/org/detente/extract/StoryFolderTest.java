package org.detente.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.detente.extract.StoryFolder.KnownStory;
import org.junit.jupiter.api.Test;

class StoryFolderTest {

    private static final String WIRE = "Russia said on Tuesday that some of its troops were returning to their bases "
            + "after completing exercises near the border with Ukraine, in a move Western officials said they would "
            + "want to verify. The defence ministry published footage of tanks being loaded onto trains. Ukraine's "
            + "foreign minister said Kyiv would believe in de-escalation when it saw a withdrawal.";
    private static final String EDITED = WIRE.replace("on Tuesday ", "").replace("published footage", "released video");
    private static final String OTHER = "The European Union agreed a first package of sanctions against Russian banks "
            + "and lawmakers on Tuesday after Moscow recognised two breakaway regions in eastern Ukraine, and said more "
            + "measures would follow if Russian forces crossed the line of contact.";

    private final StoryFolder folder = new StoryFolder(10);

    @Test
    void aLightlyEditedCopyOfAWireStoryJoinsItsStory() {
        List<KnownStory> known = List.of(new KnownStory("wire", SimHash.of(WIRE)));

        assertThat(folder.storyOf(SimHash.of(EDITED), known)).isEqualTo("wire");
    }

    @Test
    void anUnrelatedStoryStartsAStoryOfItsOwn() {
        List<KnownStory> known = List.of(new KnownStory("wire", SimHash.of(WIRE)));

        assertThat(folder.storyOf(SimHash.of(OTHER), known)).isNotEqualTo("wire").hasSize(16);
    }

    @Test
    void theSameTextAlwaysGetsTheSameFingerprint() {
        assertThat(SimHash.of(WIRE)).isEqualTo(SimHash.of(WIRE));
        assertThat(SimHash.distance(SimHash.of(WIRE), SimHash.of(OTHER))).isGreaterThan(10);
    }
}
