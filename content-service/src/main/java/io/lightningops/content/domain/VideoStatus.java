package io.lightningops.content.domain;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a video is in its workflow; a new video is a DRAFT. {@link #canMoveTo} is the one table of legal moves:
 * every status change of a video goes through it, so an illegal one is refused the same way everywhere.
 */
public enum VideoStatus {
    DRAFT,
    IN_REVIEW,
    APPROVED,
    REJECTED,
    SCHEDULED,
    PUBLISHED,
    RETIRED;

    /** The statuses a scan's verdict leads to from a submit. */
    private static final Set<VideoStatus> SCANNED = EnumSet.of(APPROVED, IN_REVIEW, REJECTED);

    public boolean canMoveTo(VideoStatus to) {
        return switch (this) {
            // submit (scan), or give up on it
            case DRAFT -> SCANNED.contains(to) || to == RETIRED;
            // resubmit as it is, edit (back to DRAFT), or give up on it
            case REJECTED -> SCANNED.contains(to) || to == DRAFT || to == RETIRED;
            // only the review's decision moves it on
            case IN_REVIEW -> to == APPROVED || to == REJECTED;
            // schedule; an edit of title or script sends it back to DRAFT
            case APPROVED -> to == SCHEDULED || to == DRAFT || to == RETIRED;
            // reschedule, unschedule, publish, edit (DRAFT)
            case SCHEDULED -> to == SCHEDULED || to == APPROVED || to == PUBLISHED || to == DRAFT || to == RETIRED;
            case PUBLISHED -> to == RETIRED;
            case RETIRED -> false;
        };
    }

    /** Whether the title and script may be changed (an approved text that changes goes back to DRAFT). */
    public boolean editable() {
        return this != IN_REVIEW && this != PUBLISHED && this != RETIRED;
    }
}
