package io.lightningops.content.rest;

import java.time.OffsetDateTime;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.lightningops.content.domain.UgcPick;
import io.lightningops.content.domain.UgcSubmission;
import io.lightningops.defaults.http.Ids;
import io.lightningops.defaults.http.Times;

@Schema(name = "UgcSubmission", description = "A submission, and the week it was picked in, if it was")
public record UgcSubmissionResponse(
        @Schema(example = "1e2d3c4b-5a69-4788-9a0b-1c2d3e4f5a6b") String id,
        @Schema(example = "@咖啡小白的日常") String handle,
        String link,
        String accountId,
        String topicId,
        String notes,
        @Schema(description = "The ISO week it was picked in; null if not picked", example = "2026-W48") String pickedWeek,
        OffsetDateTime createdAt,
        @Schema(example = "0") long version) {

    public static UgcSubmissionResponse from(UgcSubmission submission, UgcPick pick) {
        return new UgcSubmissionResponse(Ids.format(submission.id), submission.handle, submission.link,
                Ids.format(submission.accountId), Ids.format(submission.topicId), submission.notes,
                pick == null ? null : pick.week, Times.utc(submission.createdAt), submission.version);
    }
}
