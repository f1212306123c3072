package org.detente.extract;

import java.util.List;

/**
 * Gives near-duplicate articles (the same wire copy in several outlets, lightly edited) one story id, so that
 * indicators count the story once.
 */
public final class StoryFolder {

    /** A story already seen: its id and the fingerprint of its first article. */
    public record KnownStory(String storyId, long fingerprint) {
    }

    private final int maxDistance;

    public StoryFolder(int maxDistance) {
        this.maxDistance = maxDistance;
    }

    /** The id of the first known story within reach of the fingerprint, or a new id derived from it. */
    public String storyOf(long fingerprint, List<KnownStory> known) {
        for (KnownStory story : known) {
            if (SimHash.distance(story.fingerprint(), fingerprint) <= maxDistance) {
                return story.storyId();
            }
        }
        return String.format("%016x", fingerprint);
    }
}
