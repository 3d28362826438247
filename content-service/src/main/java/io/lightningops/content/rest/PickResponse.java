package io.lightningops.content.rest;

import java.time.OffsetDateTime;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.lightningops.content.domain.UgcPick;
import io.lightningops.content.domain.UgcSubmission;
import io.lightningops.defaults.http.Ids;
import io.lightningops.defaults.http.Times;

@Schema(name = "UgcPick", description = "A submission picked in a week")
public record PickResponse(
        @Schema(example = "2026-W48") String week,
        String submissionId,
        @Schema(example = "@咖啡小白的日常") String handle,
        String link,
        String accountId,
        String note,
        @Schema(example = "operator") String pickedBy,
        OffsetDateTime pickedAt) {

    public static PickResponse from(UgcPick pick, UgcSubmission submission) {
        return new PickResponse(pick.week, Ids.format(pick.submissionId), submission.handle, submission.link,
                Ids.format(submission.accountId), pick.note, pick.pickedBy, Times.utc(pick.pickedAt));
    }
}
